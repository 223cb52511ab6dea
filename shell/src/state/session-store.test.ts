import type { Me } from '@casmooc/domain';
import { ApiRequestError } from '@casmooc/ui';
import type { AuthClient } from '../api/auth-client';
import { SessionStore } from './session-store';

const me: Me = {
  id: 1,
  username: 'cnic_admin',
  displayName: '网络中心管理员',
  locale: 'zh-CN',
  staff: null,
  csrfToken: 'token',
  managesOrgsBelow: true,
  roles: [{ role: 'institute_admin', orgId: 2, orgPath: '/1/2/', orgName: '计算机网络信息中心' }],
};

const fakeClient = (overrides: Partial<AuthClient> = {}): AuthClient => ({
  me: jest.fn(async () => me),
  login: jest.fn(async () => me),
  logout: jest.fn(async () => undefined),
  savePreferences: jest.fn(async ({ locale }) => ({ ...me, locale })),
  ...overrides,
});

describe('SessionStore', () => {
  it('restores a live session', async () => {
    const store = new SessionStore(fakeClient());
    await store.restore();
    expect(store.status).toBe('signed-in');
    expect(store.csrfToken).toBe('token');
    expect(store.hasRole(['institute_admin'])).toBe(true);
    expect(store.hasRole(['academy_admin'])).toBe(false);
  });

  it('is signed out when the server has no session', async () => {
    const store = new SessionStore(fakeClient({ me: async () => Promise.reject(new ApiRequestError(401, 'UNAUTHENTICATED', '')) }));
    await store.restore();
    expect(store.status).toBe('signed-out');
  });

  it('does not hide other failures as signed-out', async () => {
    const store = new SessionStore(fakeClient({ me: async () => Promise.reject(new ApiRequestError(0, 'NETWORK', '')) }));
    await expect(store.restore()).rejects.toMatchObject({ code: 'NETWORK' });
    expect(store.status).toBe('restoring');
  });

  it('signs out locally even when the server call fails', async () => {
    const store = new SessionStore(fakeClient({ logout: async () => Promise.reject(new ApiRequestError(0, 'NETWORK', '')) }));
    await store.login('cnic_admin', 'pw');
    await expect(store.logout()).rejects.toBeTruthy();
    expect(store.status).toBe('signed-out');
    expect(store.me).toBeNull();
  });

  it('marks a session ended by the server as expired', async () => {
    const store = new SessionStore(fakeClient());
    await store.login('cnic_admin', 'pw');
    store.expire();
    expect(store.status).toBe('signed-out');
    expect(store.expired).toBe(true);
  });
});
