import type { ApprovalSubjectPort } from '../approvals/service';
import type { PlanRepository } from './repository';

/** Plans as the approval engine's subject: a round's state becomes the plan's approval state. */
export function planApprovalSubject(plans: PlanRepository): ApprovalSubjectPort {
  return { settle: (trx, id, outcome) => plans.settle(trx, id, outcome.state, outcome.dropFunding) };
}
