import { classDeviations, refuse } from '@casmooc/domain';
import type { ApprovalSubjectPort } from '../approvals/service';
import type { ClassRepository } from './class-repository';

/**
 * Training classes as the approval engine's subject (T-2, A-7): a round's
 * state becomes the class's approval state; an approval covers the
 * deviations the class had when it was submitted (it cannot change while
 * it waits), so 实施 with them needs no new approval. A class approval asks
 * no funding choice (A-3 is about plans).
 */
export function classApprovalSubject(classes: ClassRepository): ApprovalSubjectPort {
  return {
    asksFundingChoice: false,
    orgPathOf: async (id) => (await classes.findById(id))?.orgPath ?? null,
    blocked: async (id) => ((await classes.findById(id))?.state === 'implemented' ? refuse('T-3', '培训已实施，不能再审批', 'The class is already implemented') : null),
    async settle(trx, id, outcome) {
      if (outcome.state !== 'approved') return classes.settle(trx, id, { approval: outcome.state });
      const found = (await classes.findById(id, trx))!;
      await classes.settle(trx, id, { approval: 'approved', approvedDeviations: classDeviations(found.plan, found) });
    },
  };
}
