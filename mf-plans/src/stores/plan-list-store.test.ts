import type { PlanDto, PlanPage } from '@casmooc/domain';
import type { PlansClient } from '../api/plans-client';
import { PlanListStore } from './plan-list-store';

const plan = (id: number, overrides: Partial<PlanDto> = {}) => ({ id, name: `计划${id}`, version: 1, published: false, ...overrides }) as PlanDto;
const page = (items: PlanDto[]): PlanPage => ({ items, total: items.length, page: 1, pageSize: 20 });

const fakeClient = (overrides: Partial<PlansClient> = {}): PlansClient => ({
  list: jest.fn(async () => page([plan(1), plan(2)])),
  transition: jest.fn(async (p) => ({ ...p, published: true, version: p.version + 1 })),
  revoke: jest.fn(async (p, reason) => ({ ...p, revoked: true, revokeReason: reason })),
  remove: jest.fn(async () => undefined),
  get: jest.fn(),
  history: jest.fn(),
  fundingRanking: jest.fn(),
  unimplementedCount: jest.fn(),
  closeUnimplemented: jest.fn(),
  settings: jest.fn(),
  saveSettings: jest.fn(),
  attachments: jest.fn(),
  attach: jest.fn(),
  detach: jest.fn(),
  attachmentUrl: jest.fn(),
  rankFunding: jest.fn(),
  exportPlans: jest.fn(),
  approvals: jest.fn(),
  create: jest.fn(),
  copy: jest.fn(),
  compose: jest.fn(),
  makeTemplate: jest.fn(),
  templates: jest.fn(),
  template: jest.fn(),
  update: jest.fn(),
  orgs: jest.fn(),
  rate: jest.fn(),
  ...overrides,
});

describe('PlanListStore', () => {
  it('searches from the first page with the filters', async () => {
    const client = fakeClient();
    const store = new PlanListStore(client);
    await store.list.goTo(3, 20);
    await store.search({ year: 2027, published: true });
    expect(client.list).toHaveBeenLastCalledWith({ year: 2027, published: true, scope: 'all', page: 1, pageSize: 20 });
    await store.list.goTo(2, 20);
    await store.setScope('below');
    expect(client.list).toHaveBeenLastCalledWith({ year: 2027, published: true, scope: 'below', page: 1, pageSize: 20 });
    expect(store.list.items.map((p) => p.id)).toEqual([1, 2]);
  });

  it('replaces the row an action changed', async () => {
    const store = new PlanListStore(fakeClient());
    await store.load();
    await store.act(store.list.items[1], 'publish');
    expect(store.list.items[1]).toMatchObject({ id: 2, published: true, version: 2 });
    expect(store.busyId).toBeNull();
  });
});
