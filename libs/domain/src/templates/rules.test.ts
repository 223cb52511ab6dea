import { examplePlan } from '../plans/testing';
import { composePlan, copyOfPlan, planFromTemplate, quarterMonth, quarterOfMonth, shareTargetsAllowed, templateEditable } from './rules';
import { templateInputSchema, type TemplateInput } from './schemas';

/** Mid-June 2026 in Beijing: annual plans are for 2027, added plans for 2026. */
const NOW = new Date('2026-06-15T10:00:00+08:00');
const template = (overrides: Partial<TemplateInput> = {}): TemplateInput => templateInputSchema.parse({ name: '保密知识考试模板', category: 'management_training', ...overrides });

describe('M-2: sharing', () => {
  it('with the owner’s own org (its whole subtree) or orgs below it; never outside', () => {
    expect(shareTargetsAllowed('/1/2/', ['/1/2/', '/1/2/5/', '/1/2/5/9/'])).toEqual({ allowed: true });
    expect(shareTargetsAllowed('/1/2/5/', ['/1/2/6/'])).toMatchObject({ allowed: false, rule: 'M-2' });
    expect(shareTargetsAllowed('/1/2/', ['/1/'])).toMatchObject({ allowed: false, rule: 'M-2' });
  });
  it('those it is shared with read it; only its own side changes it', () => {
    expect(templateEditable(true, '计算机网络信息中心')).toEqual({ allowed: true });
    expect(templateEditable(false, '计算机网络信息中心')).toMatchObject({ allowed: false, rule: 'M-2', reason: { 'zh-CN': '共享自计算机网络信息中心的模板只能查看和引用 (M-2)' } });
  });
});

describe('M-4: a new plan from a template', () => {
  it('takes the template’s fields; the year follows P-1 and the month is the first of the template’s quarter', () => {
    expect(planFromTemplate(template({ quarter: 3, hours: 4, organiser: '计算机网络信息中心' }), 'annual', NOW)).toEqual({
      kind: 'project',
      category: 'management_training',
      hours: 4,
      organiser: '计算机网络信息中心',
      location: 'local',
      planType: 'annual',
      year: 2027,
      month: '2027-07',
    });
    expect(planFromTemplate(template({ quarter: 1 }), 'added', NOW)).toMatchObject({ year: 2026, month: '2026-01' });
    expect(planFromTemplate(template(), 'added', NOW)).not.toHaveProperty('month');
  });
  it('quarters and months', () => {
    expect([quarterMonth(2027, 1), quarterMonth(2027, 4)]).toEqual(['2027-01', '2027-10']);
    expect(['2027-01', '2027-06', '2027-07', '2027-12'].map(quarterOfMonth)).toEqual([1, 2, 3, 4]);
  });
});

describe('M-3: copying and composing a plan', () => {
  it('直接引用: the same plan for the year P-1 gives now, funding asked afresh', () => {
    const plan = examplePlan({ year: 2026, month: '2026-04', fundingRequested: true, quality: 'premium' });
    expect(copyOfPlan(plan, NOW)).toEqual({ ...plan, year: 2027, month: '2027-04', fundingRequested: false, quality: 'standard', techSupport: false });
  });
  it('信息合成: what the template fills in comes from it, the rest from the plan, and each field says where it came from', () => {
    const plan = examplePlan({ month: '2027-04', hours: 16, organiser: '计算机网络信息中心' });
    const { plan: composed, sources } = composePlan(plan, template({ hours: 6, quarter: 4, organiser: '' }), NOW);
    expect(composed).toMatchObject({ name: plan.name, category: 'management_training', hours: 6, organiser: '计算机网络信息中心', month: '2027-10', year: 2027 });
    expect(sources).toMatchObject({ name: 'plan', category: 'template', hours: 'template', organiser: 'plan', month: 'template' });
  });
});
