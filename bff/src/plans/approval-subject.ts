import { refuse } from '@casmooc/domain';
import type { ApprovalSubjectPort } from '../approvals/service';
import type { PlanRepository } from './repository';

/** Plans as the approval engine's subject: a round's state becomes the plan's approval state. */
export function planApprovalSubject(plans: PlanRepository): ApprovalSubjectPort {
  return {
    asksFundingChoice: true,
    orgPathOf: async (id) => (await plans.findById(id))?.orgPath ?? null,
    blocked: async (id) => ((await plans.findById(id))?.revoked ? refuse('P-11', '计划已撤销，不能审批', 'The plan was revoked and can no longer be decided') : null),
    settle: (trx, id, outcome) => plans.settle(trx, id, outcome.state, outcome.dropFunding),
  };
}
