import type { Me, Role } from '@casmooc/domain';
import { DEMO_ACCOUNTS } from '../../db/seeds/demo-orgs';

type Handler = (init: RequestInit) => { status: number; body?: unknown };

/** A signed-in demo user as the BFF would describe them. */
export function demoMe(username: (typeof DEMO_ACCOUNTS)[number]['username']): Me {
  const account = DEMO_ACCOUNTS.find((a) => a.username === username)!;
  const id = DEMO_ACCOUNTS.indexOf(account) + 1;
  return {
    id,
    username,
    displayName: account.displayName,
    locale: 'zh-CN',
    staff: { id: 900 + id, name: account.displayName, employeeNo: `100090${id}`, orgId: 3, orgName: account.staffOrg, postType: account.postType, phone: null, email: null },
    csrfToken: 'csrf',
    roles: [{ role: account.role as Role, orgId: 2, orgPath: '/1/2/', orgName: account.org }],
    // In the demo tree the admins' orgs have orgs below; the training manager's department has none.
    managesOrgsBelow: account.role === 'academy_admin' || account.role === 'institute_admin',
  };
}

/**
 * Installs a `fetch` (jsdom has none) that answers the BFF's routes from
 * a table: `'POST /api/auth/login': () => ({ status: 200, body: me })`.
 */
export function fakeBackend(routes: Record<string, Handler>) {
  const calls: string[] = [];
  const fetch = jest.fn(async (url: string, init: RequestInit = {}) => {
    const key = `${init.method ?? 'GET'} ${url.split('?')[0]}`;
    calls.push(key);
    const handler = routes[key];
    const { status, body } = handler ? handler(init) : { status: 404, body: { error: { code: 'NOT_FOUND', message: '请求的资源不存在' } } };
    return { status, ok: status < 400, statusText: String(status), json: async () => body } as Response;
  });
  globalThis.fetch = fetch as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}
