import type { OpenClassWithMine } from './dto';

/** A class as 可报名培训 lists it, open and not yet registered for, for tests to vary. Not exported from the package's index. */
export function exampleOpenClass(overrides: Partial<OpenClassWithMine> = {}): OpenClassWithMine {
  return {
    id: 7,
    name: '2026 年保密知识培训',
    orgName: '计算机网络信息中心',
    organiser: '计算机网络信息中心',
    mode: 'offline',
    startAt: '2026-09-01 09:00',
    endAt: '2026-09-01 17:00',
    hours: 8,
    days: 1,
    hoursCategory: 'general',
    visibility: 'institute',
    registrationFrom: '2026-06-01 00:00',
    registrationTo: '2026-08-31 18:00',
    registrationApproval: false,
    contactName: '网络中心管理员',
    contactPhone: '010-58812020',
    contactEmail: 'wangxia@cnic.cn',
    seats: { capacity: 30, taken: 29, left: 1, waitlisted: 0, quotas: {} },
    mine: { state: null, waitPosition: null, reason: '', updatedAt: null, actions: { register: { allowed: true }, withdraw: { allowed: false, rule: 'T-4', reason: '你没有报名该培训 (T-4)' } } },
    ...overrides,
  };
}
