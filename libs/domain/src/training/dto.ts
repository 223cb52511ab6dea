import type { ChainStep } from '../approvals/types';
import type { FundingLevel } from '../approvals/rules';
import type { StaffSummary } from '../directory/types';
import type { ApprovalState } from '../plans/enums';
import type { ActionView } from '../rules/decision';
import type { ClassAction, ClassApprovalState, ClassState } from './class-enums';
import type { Deviation } from './class-rules';
import type { ClassInput } from './class-schema';

/** How far a class's attendance has got: people added, ticked as attending, with hours confirmed. */
export interface AttendanceCounts {
  added: number;
  attended: number;
  confirmed: number;
}

/** The plan a class comes from, as its page and the redline show it. */
export interface ClassPlanDto {
  id: number;
  name: string;
  month: string;
  budget: number;
  headcount: number;
  days: number;
  published: boolean;
  revoked: boolean;
  approval: ApprovalState;
  /** 资助程度. */
  fundingLevel: FundingLevel;
}

/** A training class (培训班, SPEC §3), created from its plan when the plan is implemented (T-1). */
export interface TrainingClassDto extends ClassInput {
  id: number;
  planId: number;
  orgId: number;
  orgName: string;
  /** 培训年度: the year it starts in. */
  year: number;
  /** The month it starts in (YYYY-MM). */
  month: string;
  state: ClassState;
  approval: ClassApprovalState;
  version: number;
  createdAt: string;
  implementedAt: string | null;
  attendance: AttendanceCounts;
  /** T-7: what the class actually cost (实际支出), in yuan, once recorded. */
  spent: number | null;
  plan: ClassPlanDto;
  /** T-2: how the class, as saved, leaves its plan's terms (none: it is implemented at once). */
  deviations: Deviation[];
  /** Whether 实施 submits it to approval: it deviates, and not in the way already approved. */
  needsApproval: boolean;
  /** Where a deviation goes for approval, and how its latest submission stands. */
  deviationChain: ChainStep[];
  chain: ChainStep[];
  actions: Record<ClassAction, ActionView>;
}

export interface TrainingClassPage {
  items: TrainingClassDto[];
  total: number;
  page: number;
  pageSize: number;
}

/** A person on a class's attendance list (实际参会人员). */
export interface AttendeeDto extends StaffSummary {
  attended: boolean;
  confirmedHours: number | null;
  confirmedAt: string | null;
}

export interface AttendeePage {
  items: AttendeeDto[];
  total: number;
  page: number;
  pageSize: number;
}

/** The answer to any change of a class's attendance: where the counts stand now. */
export interface AttendanceChange {
  attendance: AttendanceCounts;
}

/** The answer to adding people: who joined the list, and who was on it already. */
export interface AddedAttendees extends AttendanceChange {
  added: number;
  alreadyListed: number;
}
