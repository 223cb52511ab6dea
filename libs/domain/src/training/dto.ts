import type { StaffSummary } from '../directory/types';
import type { PlanCategory } from '../plans/enums';

/** How far a class's attendance has got: people added, ticked as attending, with hours confirmed. */
export interface AttendanceCounts {
  added: number;
  attended: number;
  confirmed: number;
}

/** A training class (培训班, SPEC §3), created from its plan when the plan is implemented (T-1). */
export interface TrainingClassDto {
  id: number;
  planId: number;
  orgId: number;
  orgName: string;
  name: string;
  year: number;
  month: string;
  category: PlanCategory;
  hours: number;
  days: number;
  headcount: number;
  organiser: string;
  contactName: string;
  contactPhone: string;
  createdAt: string;
  attendance: AttendanceCounts;
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

/** The answer to adding people: who joined the list, and who was on it already. */
export interface AddedAttendees {
  added: number;
  alreadyListed: number;
  attendance: AttendanceCounts;
}
