import {
  countSeats,
  decideDecision,
  hasSeatFor,
  promotions,
  registerDecision,
  seatChange,
  seatsKeptIssues,
  seatsLeft,
  underSubscribed,
  visibleTo,
  withdrawDecision,
  type RegistrationTerms,
} from './rules';

const terms = (overrides: Partial<RegistrationTerms> = {}): RegistrationTerms => ({
  orgPath: '/1/2/3/',
  visibility: 'institute',
  registrationOpen: true,
  registrationFrom: '2027-03-01 09:00',
  registrationTo: '2027-03-20 18:00',
  startAt: '2027-04-06 09:00',
  headcount: 3,
  researchCount: 0,
  managementCount: 0,
  supportCount: 0,
  ...overrides,
});
const inside = '2027-03-10 12:00';
const member = { orgPath: '/1/2/3/9/', postType: 'research' as const };
const reasonOf = (d: { allowed: boolean; reason?: { 'zh-CN': string } }) => (d.allowed ? 'allowed' : d.reason!['zh-CN']);

describe('T-4 公开范围: who may see and register', () => {
  it('不公开: nobody', () => {
    expect(visibleTo(terms({ visibility: 'private' }), '/1/2/3/')).toBe(false);
  });
  it('本单位公开: the organising org’s subtree only, not its parent nor a sibling', () => {
    const t = terms({ visibility: 'institute' });
    expect(visibleTo(t, '/1/2/3/')).toBe(true);
    expect(visibleTo(t, '/1/2/3/9/')).toBe(true);
    expect(visibleTo(t, '/1/2/')).toBe(false);
    expect(visibleTo(t, '/1/2/4/')).toBe(false);
  });
  it('全院公开 and 对外公开: the whole Academy', () => {
    expect(visibleTo(terms({ visibility: 'academy' }), '/1/8/')).toBe(true);
    expect(visibleTo(terms({ visibility: 'public' }), '/1/8/')).toBe(true);
  });
  it('someone outside the scope is refused with the reason', () => {
    expect(reasonOf(registerDecision(terms(), { ...member, orgPath: '/1/2/4/' }, null, inside))).toBe('该培训不对你所在单位开放报名 (T-4)');
  });
  it('an account without a staff record cannot register', () => {
    expect(reasonOf(registerDecision(terms(), null, null, inside))).toContain('职工信息');
  });
});

describe('T-4 window: 是否允许报名 and 报名开始 … 报名结束', () => {
  it('registration off refuses', () => {
    expect(reasonOf(registerDecision(terms({ registrationOpen: false }), member, null, inside))).toBe('该培训不接受报名 (T-4)');
  });
  it('before the window opens, and after it closes, refuse with the time', () => {
    expect(reasonOf(registerDecision(terms(), member, null, '2027-03-01 08:59'))).toBe('报名尚未开始，2027-03-01 09:00 开始 (T-4)');
    expect(reasonOf(registerDecision(terms(), member, null, '2027-03-20 18:01'))).toBe('报名已于 2027-03-20 18:00 截止 (T-4)');
  });
  it('both ends are inside', () => {
    expect(registerDecision(terms(), member, null, '2027-03-01 09:00').allowed).toBe(true);
    expect(registerDecision(terms(), member, null, '2027-03-20 18:00').allowed).toBe(true);
  });
  it('once in the queue, not again; after withdrawing, again; after a decline, not', () => {
    for (const state of ['pending', 'registered', 'waitlisted'] as const) expect(reasonOf(registerDecision(terms(), member, state, inside))).toBe('你已报名该培训 (T-4)');
    expect(registerDecision(terms(), member, 'withdrawn', inside).allowed).toBe(true);
    expect(registerDecision(terms(), member, 'declined', inside).allowed).toBe(false);
  });
});

describe('T-4 capacity and quotas', () => {
  it('计划参加人数 is the capacity: 待审批 and 已报名 take seats, the rest do not', () => {
    const taken = countSeats([
      { state: 'registered', postType: 'research' },
      { state: 'pending', postType: 'support' },
      { state: 'waitlisted', postType: 'research' },
      { state: 'withdrawn', postType: 'research' },
      { state: 'declined', postType: 'research' },
    ]);
    expect(taken).toEqual({ total: 2, byPost: { research: 1, management: 0, support: 1 } });
    expect(seatsLeft(terms(), taken)).toBe(1);
    expect(countSeats([{ state: 'registered', postType: 'research', count: 2 }, { state: 'waitlisted', postType: 'support', count: 5 }])).toEqual({ total: 2, byPost: { research: 2, management: 0, support: 0 } });
    expect(hasSeatFor(terms(), taken, 'management')).toBe(true);
    expect(hasSeatFor(terms({ headcount: 2 }), taken, 'management')).toBe(false);
  });
  it('a post type’s count is its quota where set; 0 sets none', () => {
    const taken = countSeats([{ state: 'registered', postType: 'research' }]);
    expect(hasSeatFor(terms({ researchCount: 1 }), taken, 'research')).toBe(false);
    expect(hasSeatFor(terms({ researchCount: 1 }), taken, 'support')).toBe(true);
    expect(hasSeatFor(terms({ researchCount: 0 }), taken, 'research')).toBe(true);
  });
});

describe('T-4 an edit never takes a seat away', () => {
  const taken = countSeats([
    { state: 'registered', postType: 'research' },
    { state: 'pending', postType: 'research' },
    { state: 'registered', postType: 'support' },
  ]);
  it('计划参加人数 and each quota set stay at or above the seats taken; raising, or clearing a quota, is fine', () => {
    expect(seatsKeptIssues(terms({ headcount: 3, researchCount: 2 }), taken)).toEqual({});
    expect(seatsKeptIssues(terms({ headcount: 10, researchCount: 0 }), taken)).toEqual({});
  });
  it('an edit says whether seats grew (a quota cleared counts) or shrank (a quota set counts)', () => {
    const before = terms({ headcount: 5, researchCount: 2 });
    expect(seatChange(before, terms({ headcount: 6, researchCount: 2 }))).toEqual({ grew: true, shrank: false });
    expect(seatChange(before, terms({ headcount: 5, researchCount: 0 }))).toEqual({ grew: true, shrank: false });
    expect(seatChange(before, terms({ headcount: 5, researchCount: 2, supportCount: 1 }))).toEqual({ grew: false, shrank: true });
    expect(seatChange(before, terms({ headcount: 4, researchCount: 3 }))).toEqual({ grew: true, shrank: true });
    expect(seatChange(before, before)).toEqual({ grew: false, shrank: false });
  });
  it('below them, each field that drops says how many hold seats', () => {
    const issues = seatsKeptIssues(terms({ headcount: 2, researchCount: 1, supportCount: 1 }), taken);
    expect(Object.keys(issues)).toEqual(['headcount', 'researchCount']);
    expect(issues.headcount!['zh-CN']).toBe('已有 3 人占用名额，不能少于 3 (T-4)');
    expect(issues.researchCount!['en-US']).toBe('2 seats are taken: it cannot be fewer than 2 (T-4)');
  });
});

describe('T-4 waitlist order', () => {
  const waitlist = [
    { id: 11, postType: 'research' as const },
    { id: 12, postType: 'support' as const },
    { id: 13, postType: 'research' as const },
  ];
  it('the first waiting gets the seat that frees', () => {
    const taken = countSeats([{ state: 'registered', postType: 'management' }, { state: 'registered', postType: 'management' }]);
    expect(promotions(terms(), taken, waitlist).map((w) => w.id)).toEqual([11]);
  });
  it('as many as seats free, in order', () => {
    expect(promotions(terms(), countSeats([]), waitlist).map((w) => w.id)).toEqual([11, 12, 13]);
  });
  it('one whose quota is reached stays, and the next who fits goes ahead', () => {
    const taken = countSeats([{ state: 'registered', postType: 'research' }]);
    expect(promotions(terms({ researchCount: 1 }), taken, waitlist).map((w) => w.id)).toEqual([12]);
  });
  it('a full class promotes nobody', () => {
    const full = countSeats([1, 2, 3].map(() => ({ state: 'registered' as const, postType: 'support' as const })));
    expect(promotions(terms(), full, waitlist)).toEqual([]);
  });
});

describe('T-4 withdraw and decide', () => {
  it('someone in the queue may withdraw before the class starts; waitlisted at any time', () => {
    expect(withdrawDecision(terms(), 'registered', false, inside).allowed).toBe(true);
    expect(reasonOf(withdrawDecision(terms(), 'registered', false, '2027-04-06 09:00'))).toBe('培训已开始，不能退出报名 (T-4)');
    expect(withdrawDecision(terms(), 'waitlisted', false, '2027-04-06 10:00').allowed).toBe(true);
    expect(reasonOf(withdrawDecision(terms(), 'withdrawn', false, inside))).toBe('你没有报名该培训 (T-4)');
    expect(reasonOf(withdrawDecision(terms(), null, false, inside))).toBe('你没有报名该培训 (T-4)');
  });
  it('confirmed hours are a record (T-6)', () => {
    expect(reasonOf(withdrawDecision(terms(), 'registered', true, inside))).toBe('你在该培训的学时已确认，不能退出 (T-6)');
  });
  it('only a registration awaiting approval is decided', () => {
    expect(decideDecision('pending').allowed).toBe(true);
    for (const state of ['registered', 'waitlisted', 'declined', 'withdrawn'] as const) expect(decideDecision(state).allowed).toBe(false);
  });
});

describe('T-4 under-subscription alert', () => {
  const half = countSeats([{ state: 'registered', postType: 'research' }]);
  it('seats free as registration closes within a day, or has closed', () => {
    expect(underSubscribed(terms(), half, new Date('2027-03-19T11:00:00+08:00'))).toBe(false);
    expect(underSubscribed(terms(), half, new Date('2027-03-19T18:00:00+08:00'))).toBe(true);
    expect(underSubscribed(terms(), half, new Date('2027-03-25T09:00:00+08:00'))).toBe(true);
  });
  it('not when full, nor when registration is off', () => {
    const full = countSeats([1, 2, 3].map(() => ({ state: 'registered' as const, postType: 'research' as const })));
    expect(underSubscribed(terms(), full, new Date('2027-03-25T09:00:00+08:00'))).toBe(false);
    expect(underSubscribed(terms({ registrationOpen: false }), half, new Date('2027-03-25T09:00:00+08:00'))).toBe(false);
  });
});
