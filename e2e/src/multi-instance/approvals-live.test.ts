import type { DomainEvent } from '@casmooc/domain';
import { examplePlan } from '@casmooc/domain/src/plans/testing';
import { signIn, type SignedIn } from '@casmooc/bff/testing';
import { startTwoBffs, type TwoBffs } from '../support/two-bffs';

/** Annual plans are for next year, in the Academy's calendar. */
const nextYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date())) + 1;

/**
 * A-5 across two BFF instances: a submit and each decision written on A
 * reach, on B, the creator, the deciders of the next level and the orgs
 * above, never a sibling institute; a client offline during three
 * decisions catches all three up from the events API.
 */
describe('approvals are pushed live across BFF instances', () => {
  let h: TwoBffs;
  let users: Record<'manager' | 'cnic' | 'academy' | 'iphy', SignedIn>;

  beforeAll(async () => {
    h = await startTwoBffs();
    const [manager, cnic, academy, iphy] = await Promise.all(['xmt_manager', 'cnic_admin', 'admin', 'iphy_admin'].map((u) => signIn(h.a.app, u)));
    users = { manager, cnic, academy, iphy };
  });
  afterAll(() => h?.close());

  const submitPlan = async (name: string) => {
    const { id } = await h.t.db('orgs').where({ name: '新媒体技术与应用发展部' }).first();
    const plan = examplePlan({ orgId: id, name, year: nextYear, month: `${nextYear}-05` });
    return (await users.manager.post('/api/plans', { plan, submit: true }).expect(201)).body as { id: number };
  };
  const pendingVersion = async (who: SignedIn, planId: number): Promise<number> =>
    (await who.get('/api/approvals/pending?pageSize=100').expect(200)).body.items.find((i: { subjectId: number }) => i.subjectId === planId).version;
  const decide = async (who: SignedIn, planId: number, body: object) =>
    who.post(`/api/approvals/plan/${planId}/decision`, { version: await pendingVersion(who, planId), ...body }).expect(200);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

  it('the submit and each decision reach the creator, the next level and the Academy on the other instance, not a sibling', async () => {
    const [manager, cnic, academy, iphy] = await Promise.all(
      (['manager', 'cnic', 'academy', 'iphy'] as const).map((u) => h.socket(h.urlB, users[u].cookie)),
    );
    const plan = await submitPlan(`${nextYear} 年度实时推送测试`);
    for (const socket of [manager, cnic, academy]) expect((await socket.next('plan.submitted')).subject).toBe(`plan:${plan.id}`);

    await decide(users.cnic, plan.id, { verdict: 'approve' });
    const [toCreator, toNextLevel] = await Promise.all([manager.next('plan.decided'), academy.next('plan.decided')]);
    expect(toCreator.payload).toMatchObject({ id: plan.id, verdict: 'approve', state: 'pending', levelOrgName: '计算机网络信息中心' });
    expect(toNextLevel.id).toBe(toCreator.id);
    await settle();
    expect(iphy.events.filter((e) => e.subject === `plan:${plan.id}`)).toEqual([]);
  });

  it('a client offline during three decisions sees all three after it reconnects', async () => {
    const plans = await Promise.all([1, 2, 3].map((n) => submitPlan(`${nextYear} 年度离线补齐测试 ${n}`)));
    const online = await h.socket(h.urlB, users.manager.cookie);
    const cursor = online.lastEventId;
    online.close();

    await decide(users.cnic, plans[0].id, { verdict: 'approve' });
    await decide(users.cnic, plans[1].id, { verdict: 'return', comment: '请补充课程安排' });
    await decide(users.cnic, plans[2].id, { verdict: 'reject', comment: '与已有培训重复' });

    // Back online, on the other instance: its hello says events moved on, and the events API has what was missed.
    const back = await h.socket(h.urlA, users.manager.cookie);
    expect(back.lastEventId).toBeGreaterThan(cursor);
    const missed: DomainEvent[] = (await users.manager.get(`/api/events?after=${cursor}&limit=200`).expect(200)).body;
    const decided = missed.filter((e) => e.type === 'plan.decided');
    expect(decided.map((e) => [e.subject, (e.payload as { verdict: string }).verdict])).toEqual([
      [`plan:${plans[0].id}`, 'approve'],
      [`plan:${plans[1].id}`, 'return'],
      [`plan:${plans[2].id}`, 'reject'],
    ]);
    expect(back.events).toEqual([]);
  });
});
