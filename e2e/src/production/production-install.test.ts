import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { REPO_ROOT } from '@casmooc/db';
import { DIST_DIR } from '../support/portal';
import { builtBff, freePort, OwnProcess } from '../support/servers';

/** The packages a production install has (`npm ci --omit=dev`): the workspaces' dependencies, none of the dev tools. */
function productionPackages(): string[] {
  const listed = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: REPO_ROOT, encoding: 'utf8' });
  const modules = path.join(REPO_ROOT, 'node_modules') + path.sep;
  return [
    ...new Set(
      listed
        .split('\n')
        .filter((line) => line.startsWith(modules))
        .map((line) => line.slice(modules.length))
        // A package's own nested node_modules comes with its folder.
        .filter((name) => !name.includes(`${path.sep}node_modules${path.sep}`) && /^(@[^/]+\/)?[^/@][^/]*$/.test(name)),
    ),
  ];
}

/**
 * The BFF as an operator runs it: its built files alone (dist/bff), beside
 * a node_modules that holds only what a production install holds, started
 * with plain `node`, for a real deployment: its CLI migrates the
 * database, imports the org tree and staff and makes the first admin; no
 * demo data is ever written. The BFF then serves the portal and the API.
 */
describe('a production install without dev dependencies', () => {
  let app: string;
  let server: OwnProcess | undefined;

  beforeAll(() => {
    const built = builtBff();
    app = fs.mkdtempSync(path.join(os.tmpdir(), 'casmooc-install-'));
    fs.mkdirSync(path.join(app, 'dist', 'bff'), { recursive: true });
    for (const file of ['main.js', 'cli.js']) fs.copyFileSync(path.join(built, file), path.join(app, 'dist', 'bff', file));
    for (const name of productionPackages()) {
      fs.mkdirSync(path.dirname(path.join(app, 'node_modules', name)), { recursive: true });
      fs.symlinkSync(path.join(REPO_ROOT, 'node_modules', name), path.join(app, 'node_modules', name), 'dir');
    }
  });
  afterAll(async () => {
    await server?.remove();
    fs.rmSync(app, { recursive: true, force: true });
  });

  it('holds the runtime packages and none of the dev tools', () => {
    for (const runtime of ['express', 'knex', 'better-sqlite3', 'socket.io']) expect(fs.existsSync(path.join(app, 'node_modules', runtime))).toBe(true);
    for (const dev of ['tsx', 'esbuild', 'jest', '@swc/core', 'supertest']) expect(fs.existsSync(path.join(app, 'node_modules', dev))).toBe(false);
  });

  it('a real deployment without demo data: migrate, import the org tree and staff, create the first admin, start with node', async () => {
    const env = { ...process.env, SQLITE_FILE: path.join(app, 'data', 'casmooc.sqlite'), NODE_ENV: 'production', DEMO: 'false' };
    const cli = (...args: string[]) => execFileSync(process.execPath, [path.join(app, 'dist', 'bff', 'cli.js'), ...args], { env: { ...env, ADMIN_PASSWORD: 'Kexue-Yuan2026!' }, encoding: 'utf8' });
    fs.mkdirSync(path.join(app, 'data'));
    expect(cli('migrate')).toMatch(/^Migrated \(sqlite\): 20261128090000_create-orgs, /);

    const book = new ExcelJS.Workbook();
    book.addWorksheet('机构').addRows([['机构'], ['中国科学院/数学与系统科学研究院/人事处']]);
    book.addWorksheet('人员').addRows([['工号', '姓名', '机构', '岗位类型'], ['M0001', '王主任', '中国科学院/数学与系统科学研究院/人事处', '管理岗']]);
    const sheet = path.join(app, 'directory.xlsx');
    await book.xlsx.writeFile(sheet);
    expect(cli('import-directory', sheet)).toContain('导入完成：新增机构 3 个；人员新增 1、更新 0、未变 0');
    expect(cli('create-admin', 'hr-root', '人事局管理员')).toContain('Academy admin hr-root created');

    const port = await freePort();
    server = await new OwnProcess('bff-installed', port, process.execPath, [path.join(app, 'dist', 'bff', 'main.js')], {
      ...env,
      PORT: String(port),
      DIST_DIR,
      MIGRATE_ON_START: 'false',
      LOG_LEVEL: 'warn',
    }).start();
    const url = `http://127.0.0.1:${port}`;
    expect((await fetch(`${url}/api/health/ready`)).status).toBe(200);
    const page = await fetch(`${url}/plans`, { headers: { Accept: 'text/html' } });
    expect(await page.text()).toContain('<div id="root">');
    // No demo account exists; the operator's admin signs in and sees the imported tree.
    const signIn = (username: string, password: string) =>
      fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) });
    expect((await signIn('admin', 'Casmooc@2026')).status).toBe(401);
    const admin = await signIn('hr-root', 'Kexue-Yuan2026!');
    expect(admin.status).toBe(200);
    const orgs = await fetch(`${url}/api/orgs`, { headers: { Cookie: admin.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') } });
    expect(JSON.stringify(await orgs.json())).toContain('人事处');
  });
});
