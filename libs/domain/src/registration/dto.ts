import type { StaffSummary } from '../directory/types';
import type { ActionView } from '../rules/decision';
import type { PostType } from '../staff/post-types';
import type { HoursCategory, TrainingMode, Visibility } from '../training/class-enums';
import type { RegistrationAction, RegistrationState } from './enums';

/** A class's seats: capacity, quotas where set, how many are taken and waiting. */
export interface SeatsDto {
  capacity: number;
  taken: number;
  left: number;
  waitlisted: number;
  quotas: Partial<Record<PostType, { quota: number; taken: number }>>;
}

/** A class as staff see it in 可报名培训 (and, read-only, the public list of 对外公开 classes). */
export interface OpenClassDto {
  id: number;
  name: string;
  orgName: string;
  organiser: string;
  mode: TrainingMode;
  startAt: string;
  endAt: string;
  hours: number;
  days: number;
  hoursCategory: HoursCategory;
  visibility: Visibility;
  registrationFrom: string | null;
  registrationTo: string | null;
  registrationApproval: boolean;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  seats: SeatsDto;
}

/** The caller's own registration for a class, and what they may do about it. */
export interface MyRegistrationDto {
  state: RegistrationState | null;
  /** Place on the waitlist (1 = next), while waitlisted. */
  waitPosition: number | null;
  reason: string;
  updatedAt: string | null;
  actions: Record<RegistrationAction, ActionView>;
}

export interface OpenClassWithMine extends OpenClassDto {
  mine: MyRegistrationDto;
}

export interface OpenClassPage {
  items: OpenClassWithMine[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PublicClassPage {
  items: OpenClassDto[];
  total: number;
  page: number;
  pageSize: number;
}

/** A registration as the class's manager reviews it. */
export interface RegistrationDto {
  id: number;
  person: StaffSummary;
  state: RegistrationState;
  waitPosition: number | null;
  registeredAt: string;
  decidedAt: string | null;
  deciderName: string | null;
  reason: string;
  version: number;
}

export interface RegistrationPage {
  items: RegistrationDto[];
  total: number;
  page: number;
  pageSize: number;
  counts: Record<RegistrationState, number>;
  seats: SeatsDto;
  /** T-4 alert: registration has closed (or closes within a day) with seats left. */
  underSubscribed: boolean;
}

/** The answer to a register, withdraw or decision: where the caller's or the class's registration now stands. */
export interface RegistrationOutcome {
  state: RegistrationState;
  seats: SeatsDto;
}

export interface DecisionOutcome {
  decided: number;
  promoted: number;
  seats: SeatsDto;
}
