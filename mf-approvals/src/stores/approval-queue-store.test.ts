import type { ApprovalItemDto, ApprovalPage, DomainEvent } from '@casmooc/domain';
import type { ApprovalsClient } from '../api/approvals-client';
import { ApprovalQueueStore } from './approval-queue-store';

const ME = 2;
// Rows are rounds: round ids differ from the subjects' ids, as they do on the server.
const item = (subjectId: number, overrides: Partial<ApprovalItemDto> = {}) =>
  ({ subject: 'plan', subjectId, roundId: 500 + subjectId, version: 1, title: `计划${subjectId}`, currentOrgId: 20, decide: { allowed: true }, ...overrides }) as ApprovalItemDto;
const page = (items: ApprovalItemDto[]): ApprovalPage => ({ items, total: items.length, page: 1, pageSize: 20 });

const fakeClient = (pages: ApprovalItemDto[][]): ApprovalsClient => {
  let call = 0;
  return {
    list: jest.fn(async () => page(pages[Math.min(call++, pages.length - 1)])),
    counts: jest.fn(async () => [{ orgId: 20, orgName: '计算机网络信息中心', count: 2 }]),
    detail: jest.fn(),
    decide: jest.fn(async (i) => ({ ...i, version: i.version + 1 }) as ApprovalItemDto),
    decideBatch: jest.fn(async (_subject, items) => items.map((i) => ({ subjectId: i.subjectId, ok: true as const }))),
  };
};

const decided = (id: number, actorId: number, levelOrgId = 20): DomainEvent => ({
  id: 100 + id,
  type: 'plan.decided',
  orgPath: '/1/20/',
  subject: `plan:${id}`,
  actorId,
  createdAt: '2026-11-28T10:00:00Z',
  payload: { id, levelOrgId, levelOrgName: '计算机网络信息中心', deciderName: '另一位管理员', verdict: 'approve', funding: null },
});

describe('ApprovalQueueStore', () => {
  it('loads the list with the org counts; filters keep the chosen org and start from page one', async () => {
    const client = fakeClient([[item(1), item(2)]]);
    const store = new ApprovalQueueStore(client, ME);
    await store.selectOrg(21);
    await store.goTo(2, 20);
    await store.search({ year: 2027 });
    expect(client.list).toHaveBeenLastCalledWith('pending', { year: 2027, orgId: 21, subject: 'plan', page: 1, pageSize: 20 });
    expect(store.counts).toHaveLength(1);
    expect(store.items.map((i) => i.subjectId)).toEqual([1, 2]);
  });

  it('a row decided by someone else while in view stays, read-only, saying who; the others refresh', async () => {
    const client = fakeClient([[item(1), item(2), item(3)], [item(1), item(3)]]);
    const store = new ApprovalQueueStore(client, ME);
    await store.load();
    store.select([502, 503]);
    await store.onEvent(decided(2, 7));
    expect(store.items.map((i) => i.subjectId)).toEqual([1, 2, 3]);
    expect(store.taken.get(502)).toMatchObject({ deciderName: '另一位管理员', verdict: 'approve' });
    expect(store.selectable.map((i) => i.subjectId)).toEqual([1, 3]);
    expect(store.selected).toEqual([503]);
  });

  it('the caller’s own decisions, or one at another level, just refresh the list', async () => {
    const client = fakeClient([[item(1), item(2)], [item(1)], [item(1)]]);
    const store = new ApprovalQueueStore(client, ME);
    await store.load();
    await store.onEvent(decided(2, ME));
    await store.onEvent(decided(1, 7, 1));
    expect(store.taken.size).toBe(0);
    expect(store.items.map((i) => i.subjectId)).toEqual([1]);
  });

  it('a batch takes only the selected items the caller may decide', async () => {
    const client = fakeClient([[item(1), item(2, { decide: { allowed: false, rule: 'A-4', reason: '不能审批自己创建的计划 (A-4)' } }), item(3)]]);
    const store = new ApprovalQueueStore(client, ME);
    await store.load();
    store.select([501, 502, 503]);
    const results = await store.decideSelected({ verdict: 'approve', comment: '同意' });
    expect(client.decideBatch).toHaveBeenCalledWith('plan', [expect.objectContaining({ subjectId: 1 }), expect.objectContaining({ subjectId: 3 })], { verdict: 'approve', comment: '同意' });
    expect(results).toEqual([expect.objectContaining({ subject: 'plan', subjectId: 1, ok: true }), expect.objectContaining({ subject: 'plan', subjectId: 3, ok: true })]);
    expect(store.selected).toEqual([]);
  });
});
