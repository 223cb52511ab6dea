import { classActions, classDeviations, deviationChain, planAllowsImplementing, quarterOf, sameDeviations, type ClassFacts, type PlanGate } from './class-rules';
import { headcountRows } from './report';

const plan = { month: '2027-04', budget: 30000, headcount: 60, days: 2 };
const asPlanned = { startAt: '2027-05-10 09:00', budget: 30000, headcount: 60, days: 2 };
const fields = (c: Partial<typeof asPlanned>) => classDeviations(plan, { ...asPlanned, ...c }).map((d) => d.field);

describe('T-2: a class that deviates from its plan', () => {
  it('as planned, or within the plan’s quarter, or with less budget, headcount or days: no deviation', () => {
    expect(fields({})).toEqual([]);
    expect(fields({ startAt: '2027-06-30 09:00' })).toEqual([]);
    expect(fields({ budget: 20000, headcount: 30, days: 1 })).toEqual([]);
  });

  it('moving to another quarter deviates, named in the manual’s words', () => {
    const [deviation] = classDeviations(plan, { ...asPlanned, startAt: '2027-07-01 09:00' });
    expect(deviation).toMatchObject({ field: 'quarter', plan: '2027-Q2', class: '2027-Q3' });
    expect(deviation.reason['zh-CN']).toBe('培训由2027 年第二季度调整到2027 年第三季度（跨季度调整）');
    expect(fields({ startAt: '2028-04-01 09:00' })).toEqual(['quarter']);
  });

  it('raising the budget, the headcount or the days deviates, each on its own', () => {
    expect(fields({ budget: 30000.01 })).toEqual(['budget']);
    expect(fields({ headcount: 61 })).toEqual(['headcount']);
    expect(fields({ days: 3 })).toEqual(['days']);
    expect(fields({ startAt: '2027-10-08 09:00', budget: 40000, headcount: 80, days: 3 })).toEqual(['quarter', 'budget', 'headcount', 'days']);
  });

  it('quarters of months', () => {
    expect(['2027-01', '2027-03', '2027-04', '2027-09', '2027-12'].map(quarterOf)).toEqual(['2027-Q1', '2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4']);
  });

  it('an approval covers the deviations it saw, not new ones', () => {
    const approved = classDeviations(plan, { ...asPlanned, headcount: 80 });
    expect(sameDeviations(approved, classDeviations(plan, { ...asPlanned, headcount: 80 }))).toBe(true);
    expect(sameDeviations(approved, classDeviations(plan, { ...asPlanned, headcount: 90 }))).toBe(false);
    expect(sameDeviations(approved, classDeviations(plan, { ...asPlanned, headcount: 80, days: 3 }))).toBe(false);
  });
});

const ready: PlanGate = { published: true, revoked: false, approval: 'approved' };
const draft: ClassFacts = { state: 'draft', approval: 'not_required', hasConfirmedHours: false };

describe('T-3: a class is implemented only while its plan allows it', () => {
  it('its plan published, not revoked and approved at every level (or needing no approval)', () => {
    expect(planAllowsImplementing(ready)).toEqual({ allowed: true });
    expect(planAllowsImplementing({ ...ready, approval: 'not_required' })).toEqual({ allowed: true });
  });

  it('refused for an unpublished, a revoked or a not-yet-approved plan, each saying why', () => {
    expect(planAllowsImplementing({ ...ready, published: false })).toMatchObject({ allowed: false, rule: 'T-3', reason: { 'zh-CN': '对应培训计划尚未发布，不能实施 (T-3)' } });
    expect(planAllowsImplementing({ ...ready, revoked: true })).toMatchObject({ allowed: false, rule: 'T-3', reason: { 'zh-CN': '对应培训计划已撤销，不能实施 (T-3)' } });
    expect(planAllowsImplementing({ ...ready, approval: 'pending' })).toMatchObject({ allowed: false, rule: 'T-3', reason: { 'zh-CN': '对应培训计划在某一级上级部门未审批通过，不能实施 (T-3)' } });
  });
});

describe('P-13 for classes: 暂存, 实施 and cancel, each with its reason', () => {
  it('a draft class may be saved, implemented and cancelled', () => {
    expect(classActions(draft, ready)).toMatchObject({ edit: { allowed: true }, implement: { allowed: true }, cancel: { allowed: true } });
  });

  it('T-7: what a class cost is recorded once it is implemented, not before', () => {
    expect(classActions(draft, ready).recordSpending).toMatchObject({ allowed: false, rule: 'T-7' });
    expect(classActions({ ...draft, state: 'implemented' }, ready).recordSpending).toEqual({ allowed: true });
  });

  it('T-2: while its deviation awaits approval it is neither edited nor implemented; it may still be cancelled', () => {
    const actions = classActions({ ...draft, approval: 'pending' }, ready);
    expect(actions.edit).toMatchObject({ allowed: false, rule: 'T-2' });
    expect(actions.implement).toMatchObject({ allowed: false, rule: 'T-2' });
    expect(actions.cancel).toEqual({ allowed: true });
  });

  it('A-1: rejected, it can only be cancelled; returned, it is edited and implemented (submitted) again', () => {
    expect(classActions({ ...draft, approval: 'rejected' }, ready)).toMatchObject({ edit: { rule: 'A-1' }, implement: { rule: 'A-1' }, cancel: { allowed: true } });
    expect(classActions({ ...draft, approval: 'returned' }, ready)).toMatchObject({ edit: { allowed: true }, implement: { allowed: true } });
  });

  it('T-3: implemented, nothing more; T-6: with confirmed hours it is not cancelled', () => {
    expect(classActions({ ...draft, state: 'implemented' }, ready)).toMatchObject({ edit: { rule: 'T-3' }, implement: { rule: 'T-3' }, cancel: { rule: 'T-3' } });
    expect(classActions({ ...draft, hasConfirmedHours: true }, ready).cancel).toMatchObject({ allowed: false, rule: 'T-6' });
    expect(classActions(draft, { ...ready, published: false }).implement).toMatchObject({ allowed: false, rule: 'T-3' });
  });
});

describe('A-7: where a deviating class goes for approval', () => {
  it('up the chain its plan was approved on', () => {
    expect(deviationChain([2, 1], '/1/2/5/', [])).toEqual([2, 1]);
  });
  it('a plan that needed none: to the org above the one its creator administers; the Academy’s own to nobody', () => {
    expect(deviationChain([], '/1/2/5/', ['/1/2/'])).toEqual([1]);
    expect(deviationChain([], '/1/2/', ['/1/2/'])).toEqual([1]);
    expect(deviationChain([], '/1/', ['/1/'])).toEqual([]);
  });
});

describe('T-7: the class report', () => {
  it('counts who attended by post type against the plan; 校外 and 工作人员 are planned only', () => {
    const rows = headcountRows({ research: 20, management: 5, support: 0, external: 3, staff: 2 }, { research: 18, support: 1 });
    expect(rows).toEqual([
      { group: 'research', planned: 20, actual: 18 },
      { group: 'management', planned: 5, actual: 0 },
      { group: 'support', planned: 0, actual: 1 },
      { group: 'external', planned: 3, actual: null },
      { group: 'staff', planned: 2, actual: null },
    ]);
  });
});
