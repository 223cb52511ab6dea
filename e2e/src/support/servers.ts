import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '@casmooc/db';

/**
 * Private servers for the fault tests: each on its own port and directory,
 * started and stopped by process id, so that a test can kill, freeze and
 * restart them without touching the machine's own MariaDB, Redis or nginx.
 */

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` resolves true (polling), or fails after `timeoutMs`. */
export async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await Promise.resolve(check()).catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await delay(100);
  }
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/** A server process of the test's own: stopped, frozen, thawed and started again by its pid. */
export class OwnProcess {
  private child: ChildProcess | null = null;
  readonly log: string;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly command: string,
    private readonly args: readonly string[],
    private readonly env: NodeJS.ProcessEnv = process.env,
    readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), `casmooc-${name}-`)),
  ) {
    this.log = path.join(this.dir, `${name}.log`);
  }

  get pid(): number {
    return this.child!.pid!;
  }

  async start(): Promise<this> {
    const out = fs.openSync(this.log, 'a');
    // A process group of its own: signals reach its workers too (nginx's), and nothing is left behind.
    this.child = spawn(this.command, this.args, { cwd: REPO_ROOT, env: this.env, stdio: ['ignore', out, out], detached: true });
    fs.closeSync(out);
    const child = this.child;
    await waitFor(`${this.name} on port ${this.port}`, async () => child.exitCode === null && (await portOpen(this.port)), 30_000).catch((err) => {
      throw new Error(`${err.message}; its log: ${fs.readFileSync(this.log, 'utf8').slice(-2000)}`);
    });
    return this;
  }

  /** kill -9: gone at once, nothing flushed. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid!, 'SIGKILL');
    await exited;
  }

  /** Sends a signal (SIGSTOP freezes, SIGCONT thaws, SIGTERM asks to stop). */
  signal(signal: NodeJS.Signals): void {
    process.kill(-this.pid, signal);
  }

  /** Resolves with the exit code once the process ends. */
  exited(): Promise<number | null> {
    const child = this.child!;
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
    return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  get running(): boolean {
    return Boolean(this.child && this.child.exitCode === null && this.child.signalCode === null);
  }

  async stop(): Promise<void> {
    if (this.running) {
      try {
        this.signal('SIGCONT');
      } catch {
        /* already gone */
      }
      await this.kill();
    }
  }

  async remove(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A MariaDB of the test's own: a fresh data directory, no grant tables (root without a password), its own port. */
export async function privateMariaDb(): Promise<OwnProcess & { url: string }> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casmooc-mariadb-'));
  const install = spawnSync('mariadb-install-db', ['--no-defaults', `--datadir=${dir}/data`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], { encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`mariadb-install-db failed: ${install.stderr}`);
  const server = new OwnProcess(
    'mariadb',
    port,
    '/usr/sbin/mariadbd',
    ['--no-defaults', `--datadir=${dir}/data`, `--port=${port}`, `--socket=${dir}/sock`, '--bind-address=127.0.0.1', '--user=root', '--skip-grant-tables', `--pid-file=${dir}/pid`],
    process.env,
    dir,
  );
  return Object.assign(await server.start(), { url: `mysql://root@127.0.0.1:${port}` });
}

/** A Redis of the test's own that keeps nothing on disk. */
export async function privateRedis(): Promise<OwnProcess & { url: string }> {
  const port = await freePort();
  const server = new OwnProcess('redis', port, 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
  return Object.assign(await server.start(), { url: `redis://127.0.0.1:${port}` });
}

/**
 * nginx in front of BFF instances, as README's deployment shows it:
 * round robin, WebSockets passed through, a failed or 503 answer retried on
 * the next instance, which is then left alone for a while.
 */
export async function privateNginx(upstreamPorts: readonly number[]): Promise<OwnProcess & { url: string }> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casmooc-nginx-'));
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(conf, nginxConfig(port, upstreamPorts, dir));
  const server = new OwnProcess('nginx', port, '/usr/sbin/nginx', ['-c', conf, '-p', dir, '-e', path.join(dir, 'error.log')], process.env, dir);
  return Object.assign(await server.start(), { url: `http://127.0.0.1:${port}` });
}

/** The reverse-proxy configuration README documents, with this test's ports and directories. */
export function nginxConfig(port: number, upstreamPorts: readonly number[], dir: string): string {
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  return `worker_processes 1;
daemon off;
pid ${path.join(dir, 'nginx.pid')};
events { worker_connections 1024; }
http {
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  # WebSockets upgrade; every other request goes over a kept-alive connection to the instance.
  map $http_upgrade $connection_upgrade { default upgrade; '' ''; }
  upstream casmooc {
    # Sockets are long-lived: the instance with the fewest open connections takes the next one.
    least_conn;
    ${upstreamPorts.map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join('\n    ')}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://casmooc;
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 2s;
      proxy_read_timeout 75s;
    }
  }
}
`;
}

/** The built BFF's folder (dist/bff): `npm test` builds it first. */
export function builtBff(): string {
  const dir = path.join(REPO_ROOT, 'dist', 'bff');
  if (!fs.existsSync(path.join(dir, 'main.js'))) throw new Error('dist/bff is missing: run `npm run build` (npm test does) before these tests');
  return dir;
}

/** A BFF as production runs it: the built one in its own node process, on its own port, over the given database and Redis. */
export async function bffProcess(env: { DATABASE_URL?: string; SQLITE_FILE?: string; REDIS_URL?: string; [key: string]: string | undefined }): Promise<OwnProcess & { url: string }> {
  const port = await freePort();
  const server = new OwnProcess('bff', port, process.execPath, [path.join(builtBff(), 'main.js')], {
    ...process.env,
    PORT: String(port),
    SERVE_APPS: 'false',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
    // One instance at a time, each on a database of its own: each migrates it; the journeys sign in with the demo accounts, on MariaDB too.
    MIGRATE_ON_START: 'true',
    DEMO: 'true',
    ...env,
  });
  return Object.assign(await server.start(), { url: `http://127.0.0.1:${port}` });
}
