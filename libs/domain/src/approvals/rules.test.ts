import type { RoleGrant } from '../auth/roles';
import { changedFields } from './diff';
import { decisionLabel, decisionProblems, fundingChoiceApplies, mayDecide, outcomeOf } from './rules';

const grant = (role: RoleGrant['role'], orgId: number): RoleGrant => ({ role, orgId, orgPath: `/1/${orgId}/`, orgName: String(orgId) });

describe('A-1: decisions and their comment', () => {
  it('approving needs no comment; returning and rejecting do', () => {
    const level = { fundingRequested: false, levelIsAcademy: false };
    expect(decisionProblems({ verdict: 'approve', comment: '' }, level)).toEqual([]);
    for (const verdict of ['return', 'reject'] as const) {
      expect(decisionProblems({ verdict, comment: '  ' }, level)).toEqual([{ field: 'comment', decision: expect.objectContaining({ rule: 'A-1' }) }]);
      expect(decisionProblems({ verdict, comment: '预算偏高' }, level)).toEqual([]);
    }
  });

  it('a return or a rejection ends the round at its level', () => {
    expect(outcomeOf(2, 0, { verdict: 'return' })).toEqual({ state: 'returned', step: 0, dropFunding: false });
    expect(outcomeOf(2, 1, { verdict: 'reject' })).toEqual({ state: 'rejected', step: 1, dropFunding: false });
  });
});

describe('A-2: forwarding', () => {
  it('an approval below the last level forwards to the next; at the last level it approves the round', () => {
    expect(outcomeOf(2, 0, { verdict: 'approve' })).toEqual({ state: 'pending', step: 1, dropFunding: false });
    expect(outcomeOf(2, 1, { verdict: 'approve' })).toEqual({ state: 'approved', step: 1, dropFunding: false });
    expect(outcomeOf(1, 0, { verdict: 'approve' })).toEqual({ state: 'approved', step: 0, dropFunding: false });
  });
});

describe('A-3: the funding choice below the Academy', () => {
  it('applies only to a funding request decided below the Academy', () => {
    expect(fundingChoiceApplies(true, false)).toBe(true);
    expect(fundingChoiceApplies(true, true)).toBe(false);
    expect(fundingChoiceApplies(false, false)).toBe(false);
  });

  it('approving a funding request at the institute must say support or drop; elsewhere the choice is refused', () => {
    const institute = { fundingRequested: true, levelIsAcademy: false };
    expect(decisionProblems({ verdict: 'approve', comment: '' }, institute)).toEqual([{ field: 'funding', decision: expect.objectContaining({ rule: 'A-3' }) }]);
    expect(decisionProblems({ verdict: 'approve', comment: '', funding: 'support' }, institute)).toEqual([]);
    expect(decisionProblems({ verdict: 'approve', comment: '', funding: 'drop' }, { fundingRequested: true, levelIsAcademy: true })[0]).toMatchObject({ field: 'funding', decision: { rule: 'A-3' } });
    expect(decisionProblems({ verdict: 'return', comment: '请补充材料', funding: 'drop' }, institute)[0]).toMatchObject({ field: 'funding', decision: { rule: 'A-3' } });
    expect(decisionProblems({ verdict: 'approve', comment: '', funding: 'support' }, { fundingRequested: false, levelIsAcademy: false })[0]).toMatchObject({ field: 'funding' });
  });

  it('审批通过但不支持 forwards the plan unfunded; 同意支持并上报 forwards it as it is', () => {
    expect(outcomeOf(2, 0, { verdict: 'approve', funding: 'drop' })).toEqual({ state: 'pending', step: 1, dropFunding: true });
    expect(outcomeOf(2, 0, { verdict: 'approve', funding: 'support' })).toEqual({ state: 'pending', step: 1, dropFunding: false });
  });
});

describe('A-4: who may decide', () => {
  it('an admin or training manager of the org at the current level', () => {
    expect(mayDecide({ actorId: 7, grants: [grant('institute_admin', 20)], levelOrgId: 20, creatorId: 3 })).toEqual({ allowed: true });
    expect(mayDecide({ actorId: 7, grants: [grant('training_manager', 20)], levelOrgId: 20, creatorId: 3 })).toEqual({ allowed: true });
  });

  it('not staff, not an admin of another org (a sibling, or one above), never the creator', () => {
    expect(mayDecide({ actorId: 7, grants: [grant('staff', 20)], levelOrgId: 20, creatorId: 3 })).toMatchObject({ allowed: false, rule: 'A-4' });
    expect(mayDecide({ actorId: 7, grants: [grant('institute_admin', 21)], levelOrgId: 20, creatorId: 3 })).toMatchObject({ allowed: false, rule: 'A-4' });
    expect(mayDecide({ actorId: 7, grants: [grant('academy_admin', 1)], levelOrgId: 20, creatorId: 3 })).toMatchObject({ allowed: false, rule: 'A-4' });
    const own = mayDecide({ actorId: 3, grants: [grant('institute_admin', 20)], levelOrgId: 20, creatorId: 3 });
    expect(own).toMatchObject({ allowed: false, rule: 'A-4', reason: { 'zh-CN': '不能审批自己创建的计划 (A-4)' } });
  });
});

describe('A-6: what changed between two submissions', () => {
  it('lists the fields whose value differs, with both values', () => {
    expect(changedFields({ name: 'a', budget: 1, hours: 8 }, { name: 'a', budget: 2, hours: 8, month: '2027-05' })).toEqual([
      { field: 'budget', before: 1, after: 2 },
      { field: 'month', before: null, after: '2027-05' },
    ]);
    expect(changedFields({ a: [1, 2] }, { a: [1, 2] })).toEqual([]);
  });
});

describe('A-1, A-3: a decision as one phrase', () => {
  it('is the funding choice when one went with the approval, else the verdict', () => {
    expect(decisionLabel({ verdict: 'approve', funding: 'drop' })['zh-CN']).toBe('审批通过但不支持');
    expect(decisionLabel({ verdict: 'return', funding: null })['zh-CN']).toBe('驳回修改');
  });
});
