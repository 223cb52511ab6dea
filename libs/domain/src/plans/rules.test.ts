import { approvalChain } from './chain';
import {
  editableWindow,
  fundingProblems,
  fundingRankingScope,
  fundingWithinLimit,
  implementationRate,
  mayRankInstitute,
  planActions,
  planYearFor,
  yearFollowsType,
  type FundingInput,
  type PlanFacts,
  type RuleContext,
} from './rules';
import type { RoleGrant } from '../auth/roles';
import { pathIds } from '../orgs/tree';

/** Noon in Beijing on that day. */
const at = (iso: string): RuleContext => ({ now: new Date(`${iso}T12:00:00+08:00`) });

const plan = (overrides: Partial<PlanFacts> = {}): PlanFacts => ({
  kind: 'project',
  planType: 'added',
  year: 2023,
  category: 'lecture_series',
  fundingRequested: false,
  editState: 'submitted',
  approval: 'approved',
  published: false,
  implemented: false,
  revoked: false,
  ...overrides,
});

const reasonOf = (decision: { allowed: boolean; reason?: { 'zh-CN': string } }) => (decision.allowed ? 'allowed' : decision.reason!['zh-CN']);

describe('P-1: year follows type', () => {
  it('annual plans are for next year, added plans for this year', () => {
    expect(planYearFor('annual', new Date('2023-05-01'))).toBe(2024);
    expect(planYearFor('added', new Date('2023-05-01'))).toBe(2023);
    expect(yearFollowsType('annual', 2023, new Date('2023-05-01'))).toMatchObject({ allowed: false, rule: 'P-1' });
    expect(yearFollowsType('added', 2023, new Date('2023-05-01')).allowed).toBe(true);
  });
});

describe('P-2: editable window', () => {
  it('follows the Academy’s calendar, not the server’s time zone', () => {
    const newYearInBeijing = { now: new Date('2023-12-31T17:00:00Z') };
    expect(editableWindow('added', 2024, newYearInBeijing).allowed).toBe(true);
    expect(editableWindow('added', 2023, newYearInBeijing).allowed).toBe(false);
  });

  it('in 2023 nobody edits a 2022 added plan', () => {
    expect(editableWindow('added', 2022, at('2023-03-01'))).toMatchObject({ allowed: false, rule: 'P-2' });
    expect(editableWindow('added', 2023, at('2023-03-01')).allowed).toBe(true);
  });

  it('in 2023 nobody edits a 2023 annual plan, which was reported in 2022', () => {
    expect(reasonOf(editableWindow('annual', 2023, at('2023-03-01')))).toBe('2023 年度计划只能在 2022 年内编辑（年度计划于上一年上报） (P-2)');
    expect(editableWindow('annual', 2024, at('2023-03-01')).allowed).toBe(true);
  });

  it('the Academy may narrow the annual window to a reporting period', () => {
    const period = { from: '10-01', to: '12-15' };
    expect(editableWindow('annual', 2024, { ...at('2023-09-30'), reportingPeriod: period })).toMatchObject({ allowed: false, rule: 'P-2' });
    expect(editableWindow('annual', 2024, { ...at('2023-10-01'), reportingPeriod: period }).allowed).toBe(true);
    expect(editableWindow('annual', 2024, { ...at('2023-12-16'), reportingPeriod: period }).allowed).toBe(false);
    // Added plans are not bound by the reporting period.
    expect(editableWindow('added', 2023, { ...at('2023-03-01'), reportingPeriod: period }).allowed).toBe(true);
  });
});

describe('P-3: who must approve', () => {
  const academy = '/1/';
  const institute = '/1/2/';
  const department = '/1/2/5/';

  it('an added plan by an institute or academy admin needs no approval', () => {
    expect(approvalChain({ orgPath: institute, planType: 'added', fundingRequested: false, creatorAdminPaths: [institute] })).toEqual([]);
    expect(approvalChain({ orgPath: department, planType: 'added', fundingRequested: false, creatorAdminPaths: [institute] })).toEqual([]);
    expect(approvalChain({ orgPath: academy, planType: 'added', fundingRequested: false, creatorAdminPaths: [academy] })).toEqual([]);
  });

  it('a department plan goes to its institute; an annual one continues to the Academy', () => {
    expect(approvalChain({ orgPath: department, planType: 'added', fundingRequested: false, creatorAdminPaths: [] })).toEqual([2]);
    expect(approvalChain({ orgPath: department, planType: 'annual', fundingRequested: false, creatorAdminPaths: [] })).toEqual([2, 1]);
    expect(approvalChain({ orgPath: '/1/2/5/9/', planType: 'annual', fundingRequested: true, creatorAdminPaths: [] })).toEqual([2, 1]);
  });

  it('an institute admin’s annual plan goes straight to the Academy', () => {
    expect(approvalChain({ orgPath: institute, planType: 'annual', fundingRequested: false, creatorAdminPaths: [institute] })).toEqual([1]);
  });

  it('an institute training manager’s plan needs the institute’s approval', () => {
    expect(approvalChain({ orgPath: institute, planType: 'added', fundingRequested: false, creatorAdminPaths: [] })).toEqual([2]);
  });
});

describe('P-4: publish', () => {
  const ctx = at('2023-06-01');
  it('a draft plan cannot be published', () => {
    expect(reasonOf(planActions(plan({ editState: 'draft', approval: 'unsubmitted' }), ctx).publish)).toBe('暂存计划不能发布 (P-4)');
  });

  it('a revoked plan cannot be published', () => {
    expect(planActions(plan({ revoked: true }), ctx).publish).toMatchObject({ allowed: false, rule: 'P-4' });
  });

  it('a plan that needs approval is published only after its final approval', () => {
    expect(planActions(plan({ approval: 'pending' }), ctx).publish).toMatchObject({ allowed: false, rule: 'P-4' });
    expect(planActions(plan({ approval: 'approved' }), ctx).publish.allowed).toBe(true);
    expect(planActions(plan({ approval: 'not_required' }), ctx).publish.allowed).toBe(true);
  });

  it('unpublish is allowed while not implemented', () => {
    expect(planActions(plan({ published: true }), ctx).unpublish.allowed).toBe(true);
    expect(planActions(plan({ published: true, implemented: true }), ctx).unpublish).toMatchObject({ allowed: false, rule: 'P-4' });
  });
});

describe('P-5: delete', () => {
  const ctx = at('2023-06-01');
  it('a reported plan cannot be deleted until a superior rejects it', () => {
    expect(planActions(plan({ approval: 'pending' }), ctx).delete).toMatchObject({ allowed: false, rule: 'P-5' });
    expect(planActions(plan({ approval: 'rejected' }), ctx).delete.allowed).toBe(true);
  });

  it('an unreported draft can be deleted inside its window only', () => {
    const draft = plan({ editState: 'draft', approval: 'unsubmitted' });
    expect(planActions(draft, ctx).delete.allowed).toBe(true);
    expect(planActions(draft, at('2024-01-02')).delete).toMatchObject({ allowed: false, rule: 'P-2' });
  });

  it('a rejected plan can no longer be edited or resubmitted', () => {
    const rejected = planActions(plan({ approval: 'rejected' }), ctx);
    expect(rejected.edit).toMatchObject({ allowed: false, rule: 'P-5' });
    expect(rejected.submit.allowed).toBe(false);
  });
});

describe('P-6 … P-9: funding, 精品, technical support, materials', () => {
  const input = (overrides: Partial<FundingInput> = {}): FundingInput => ({
    planType: 'annual',
    category: 'lecture_series',
    fundingRequested: true,
    quality: 'premium',
    techSupport: false,
    hasMaterials: true,
    ...overrides,
  });
  const rules = (i: FundingInput) => fundingProblems(i).map((p) => `${p.field}:${p.decision.rule}`);

  it('P-6: only annual plans ask for funding, at most 5 a year per institute', () => {
    expect(rules(input())).toEqual([]);
    expect(rules(input({ planType: 'added' }))).toEqual(['fundingRequested:P-6']);
    expect(fundingWithinLimit(5, 5)).toMatchObject({ allowed: false, rule: 'P-6' });
    expect(fundingWithinLimit(4, 5)).toEqual({ allowed: true });
    expect(fundingWithinLimit(0, 0)).toMatchObject({ allowed: false, rule: 'P-6' });
  });

  it('P-6: the ranking is the institute\'s own; the Academy keeps its own priority and never saves an institute\'s', () => {
    expect(fundingRankingScope('/1/')).toBe('academy');
    expect(fundingRankingScope('/1/7/')).toBe('institute');
    const grant = (role: RoleGrant['role'], orgPath: string): RoleGrant => ({ role, orgPath, orgId: pathIds(orgPath).at(-1)!, orgName: '' });
    expect(mayRankInstitute([grant('institute_admin', '/1/7/')], '/1/7/')).toEqual({ allowed: true });
    expect(mayRankInstitute([grant('academy_admin', '/1/')], '/1/7/')).toMatchObject({ allowed: false, rule: 'P-6' });
    expect(mayRankInstitute([grant('institute_admin', '/1/8/')], '/1/7/')).toMatchObject({ allowed: false, rule: 'P-6' });
    expect(mayRankInstitute([grant('training_manager', '/1/7/')], '/1/7/')).toMatchObject({ allowed: false, rule: 'P-6' });
    expect(mayRankInstitute([grant('academy_admin', '/1/'), grant('institute_admin', '/1/7/')], '/1/7/')).toEqual({ allowed: true });
  });

  it('P-7: only a plan asking funding may be anything but 非精品', () => {
    expect(rules(input({ fundingRequested: false, quality: 'premium' }))).toEqual(['quality:P-7']);
    expect(rules(input({ fundingRequested: false, quality: 'standard', hasMaterials: false }))).toEqual([]);
  });

  it('P-8: 学术讲坛 asks technical support instead of funding; others never ask technical support', () => {
    expect(rules(input({ category: 'academic_forum' }))).toEqual(['fundingRequested:P-8']);
    expect(rules(input({ category: 'academic_forum', fundingRequested: false, quality: 'standard', techSupport: true }))).toEqual([]);
    expect(rules(input({ techSupport: true }))).toEqual(['techSupport:P-8']);
  });

  it('P-9: a funding request must carry materials', () => {
    expect(rules(input({ hasMaterials: false }))).toEqual(['materials:P-9']);
  });
});

describe('P-10: implement', () => {
  const published = plan({ published: true, year: 2023 });
  it('only a published, approved, unrevoked plan, in its own year', () => {
    expect(planActions(published, at('2023-06-01')).implement.allowed).toBe(true);
    expect(reasonOf(planActions(plan({ published: false }), at('2023-06-01')).implement)).toBe('计划处于未发布状态，不能实施 (P-10)');
    expect(planActions(published, at('2024-01-10')).implement).toMatchObject({ allowed: false, rule: 'P-10' });
    expect(planActions(plan({ published: true, revoked: true }), at('2023-06-01')).implement.allowed).toBe(false);
    expect(planActions(plan({ published: true, approval: 'pending' }), at('2023-06-01')).implement.allowed).toBe(false);
  });
});

describe('P-11: revoke', () => {
  it('a draft is deleted, not revoked: it never counted in the rate', () => {
    expect(planActions(plan({ editState: 'draft', approval: 'unsubmitted' }), at('2023-06-01')).revoke).toMatchObject({ allowed: false, rule: 'P-11', reason: { 'zh-CN': '暂存计划未上报，无需撤销，可直接删除 (P-11)' } });
    expect(planActions(plan({ editState: 'draft', approval: 'unsubmitted' }), at('2023-06-01')).delete.allowed).toBe(true);
  });

  it('any reported plan not yet implemented or revoked may be revoked', () => {
    expect(planActions(plan({ published: true }), at('2023-06-01')).revoke.allowed).toBe(true);
    expect(planActions(plan({ implemented: true, published: true }), at('2023-06-01')).revoke).toMatchObject({ allowed: false, rule: 'P-11' });
    expect(planActions(plan({ revoked: true }), at('2023-06-01')).revoke).toMatchObject({ allowed: false, rule: 'P-11' });
  });
});

describe('P-12: implementation rate', () => {
  it('is implemented ÷ (published − revoked)', () => {
    expect(implementationRate({ published: 10, revoked: 2, implemented: 6 })).toBe(0.75);
    expect(implementationRate({ published: 0, revoked: 0, implemented: 0 })).toBeNull();
  });
});

describe('P-13: every action explains itself', () => {
  it('lists each action, and each refusal names its rule and says why in both languages', () => {
    const actions = planActions(plan({ editState: 'draft', approval: 'unsubmitted' }), at('2023-06-01'));
    expect(Object.keys(actions).sort()).toEqual(['copy', 'delete', 'edit', 'implement', 'makeTemplate', 'publish', 'revoke', 'submit', 'unpublish']);
    for (const decision of Object.values(actions)) {
      if (decision.allowed) continue;
      expect(decision.reason['zh-CN']).toMatch(new RegExp(`\\(${decision.rule}\\)$`));
      expect(decision.reason['en-US']).toMatch(new RegExp(`\\(${decision.rule}\\)$`));
    }
  });
});
