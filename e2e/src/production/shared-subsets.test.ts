import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const SUBSETS = path.join(REPO_ROOT, 'libs/mf-config/shared-subsets.js');
const { PROVIDED, checkedImports, importsOf } = require(SUBSETS);

/** A folder laid out as an app (src/…) holding the given sources. */
function appWith(sources: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shared-subsets-'));
  for (const [name, text] of Object.entries(sources)) {
    fs.mkdirSync(path.dirname(path.join(dir, 'src', name)), { recursive: true });
    fs.writeFileSync(path.join(dir, 'src', name), text);
  }
  return dir;
}

/** Arco and the router are shared in part: the shell provides what libs/mf-config/shared-subsets.js lists, remotes bring no copy. */
describe('packages shared in part', () => {
  it('reads the values a source imports, not its types, and refuses what it cannot check', () => {
    const dir = appWith({
      'a.tsx': "import { Button, type FormInstance, Table as ArcoTable } from '@arco-design/web-react';\nimport type { TableProps } from '@arco-design/web-react';\nexport { Link } from 'react-router-dom';",
      'b.ts': "import * as Arco from '@arco-design/web-react';\nimport Router from 'react-router-dom';\nexport * from 'react-router-dom';\nimport { useHref } from 'react-router';",
    });
    const { used, problems } = importsOf(['a.tsx', 'b.ts'].map((name) => path.join(dir, 'src', name)));
    expect(used).toEqual({ '@arco-design/web-react': ['Button', 'Table'], 'react-router-dom': ['Link'] });
    expect(problems.map((problem: string) => problem.replace(/^.*src\//, ''))).toEqual([
      'b.ts takes all of @arco-design/web-react (a * import or export): name what it uses',
      "b.ts imports react-router-dom's default export",
      'b.ts takes all of react-router-dom (a * import or export): name what it uses',
      'b.ts imports react-router: import from react-router-dom, which carries it',
    ]);
  });

  it('fails the build of an app that uses an export the shell does not provide', () => {
    const dir = appWith({ 'index.ts': '', 'rating.tsx': "import { Rate } from '@arco-design/web-react';\nexport const Stars = Rate;" });
    const config = path.join(dir, 'rspack.config.js');
    const plugin = `new (require(${JSON.stringify(SUBSETS)}).SharedSubsetsPlugin)(__dirname)`;
    fs.writeFileSync(config, `module.exports = { mode: 'development', context: __dirname, entry: './src/index.ts', plugins: [${plugin}] };`);
    const build = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/rspack'), ['build', '-c', config], { cwd: dir, encoding: 'utf8' });
    expect(build.status).not.toBe(0);
    expect(build.stdout + build.stderr).toContain('@arco-design/web-react: Rate is used but not provided by the shell: list it in libs/mf-config/shared-subsets.js and release the shell first');
  });

  it.each(['shell', 'mf-plans', 'mf-training', 'mf-approvals', 'mf-templates'])('%s takes only what the shell provides', (app) => {
    const { used, problems } = checkedImports(path.join(REPO_ROOT, app));
    expect(problems).toEqual([]);
    for (const [pkg, names] of Object.entries(used as Record<string, string[]>)) expect(PROVIDED[pkg]).toEqual(expect.arrayContaining(names));
  });
});
