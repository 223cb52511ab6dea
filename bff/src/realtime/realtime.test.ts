import { testDialects } from '@casmooc/db/testing';
import { connectSocket, type TestSocket } from '../testing/test-sockets';
import { startTestBff, type TestBff } from '../testing/test-bff';

describe.each(testDialects())('live events over Socket.IO on %s', (dialect) => {
  let h: TestBff;
  let url: string;
  let paths: Record<string, string>;
  const open: TestSocket[] = [];

  beforeAll(async () => {
    h = await startTestBff(dialect);
    url = `http://127.0.0.1:${await h.bff.listen(0)}`;
    const rows = await h.t.db('orgs').select('name', 'path');
    paths = Object.fromEntries(rows.map((r: { name: string; path: string }) => [r.name, r.path]));
  });
  afterEach(() => open.splice(0).forEach((s) => s.close()));
  afterAll(() => h.close());

  const socketOf = async (username: string) => {
    const user = await h.signIn(username);
    const socket = await connectSocket(url, user.cookie);
    open.push(socket);
    return socket;
  };

  it('refuses a handshake without a session', async () => {
    await expect(connectSocket(url, undefined)).rejects.toThrow('UNAUTHENTICATED');
    await expect(connectSocket(url, 'casmooc_sid=forged')).rejects.toThrow('UNAUTHENTICATED');
  });

  it('refuses a page of another origin (cross-site WebSocket hijacking)', async () => {
    const user = await h.signIn('admin');
    await expect(connectSocket(url, user.cookie, 'https://evil.example.com')).rejects.toThrow();
  });

  it('greets each socket with the newest event id as its catch-up cursor', async () => {
    const [{ latest }] = await h.t.db('events').max({ latest: 'id' });
    const socket = await socketOf('staff');
    const hello = await new Promise<{ lastEventId: number }>((resolve) => {
      socket.socket.once('hello', resolve);
      socket.socket.disconnect().connect();
    });
    expect(hello.lastEventId).toBe(Number(latest ?? 0));
  });

  it('sends an event to its org and every org above, never to a sibling', async () => {
    const [admin, cnic, manager, staff, iphy] = await Promise.all(
      ['admin', 'cnic_admin', 'xmt_manager', 'staff', 'iphy_admin'].map(socketOf),
    );
    await h.bff.services.eventLog.transact((_trx, record) =>
      record({ type: 'test.in-department', orgPath: paths['新媒体技术与应用发展部'], subject: 'x', payload: {}, actorId: null }),
    );
    await Promise.all([admin, cnic, manager, staff].map((s) => s.next('test.in-department')));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(iphy.events).toEqual([]);
  });

  it('does not send a department’s event to a sibling department', async () => {
    const [manager, cnic] = await Promise.all(['xmt_manager', 'cnic_admin'].map(socketOf));
    await h.bff.services.eventLog.transact((_trx, record) =>
      record({ type: 'test.in-sibling', orgPath: paths['党群办公室'], subject: 'x', payload: {}, actorId: null }),
    );
    await cnic.next('test.in-sibling');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(manager.events.map((e) => e.type)).not.toContain('test.in-sibling');
  });
});
