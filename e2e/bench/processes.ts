import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { DEMO_PASSWORD } from '@casmooc/db';

const ROOT = path.resolve(__dirname, '..', '..');

/** A server as its own process, as in production: the sockets' load does not share the benchmark's event loop. */
export async function startProcess(script: string, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, script)], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready on') && resolve());
    child.once('exit', (code) => reject(new Error(`${script} on ${env.PORT} exited with ${code}`)));
  });
  return child;
}

/** Ends these servers and gives them half a second to let go of their ports. */
export async function stopProcesses(children: readonly ChildProcess[]): Promise<void> {
  children.forEach((c) => c.kill('SIGTERM'));
  await new Promise((resolve) => setTimeout(resolve, 500));
}

/** A BFF on `port` over a SQLite file (the first to open it migrates and seeds it), API only. */
export const startBff = (port: number, sqliteFile: string, env: NodeJS.ProcessEnv = {}) =>
  startProcess('bff/src/main.ts', { PORT: String(port), SQLITE_FILE: sqliteFile, SERVE_APPS: 'false', LOGIN_MAX_ATTEMPTS: '1000', ...env });

/** A demo user's new session: its cookie and CSRF token. */
export async function signIn(base: string, username: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  if (res.status !== 200) throw new Error(`sign-in of ${username} answered ${res.status}`);
  const me = (await res.json()) as { csrfToken: string };
  return { cookie: res.headers.get('set-cookie')!.split(';')[0], csrf: me.csrfToken };
}
