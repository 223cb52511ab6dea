import { ALLOWED, refuse, type Decision } from '../rules/decision';

/** Where one person stands in a class's attendance (实际参会人员, T-6). */
export interface AttendanceState {
  attended: boolean;
  /** Set once hours are confirmed (学时确认): from then on it is the person's continuing-education record. */
  confirmedHours: number | null;
}

/**
 * T-6: confirmed hours are a record. A person whose hours are confirmed is
 * neither unticked nor removed, so a record is never lost by a slip.
 */
export function attendanceChange(person: AttendanceState): Decision<'T-6'> {
  return person.confirmedHours === null
    ? ALLOWED
    : refuse('T-6', '学时已确认，不能取消参会或移除', 'Hours are already confirmed: the person cannot be unticked or removed');
}

export const CONFIRMATION_OUTCOMES = ['confirmed', 'already_confirmed', 'not_attended', 'not_added'] as const;
export type ConfirmationOutcome = (typeof CONFIRMATION_OUTCOMES)[number];

/**
 * T-6 学时确认: only people ticked as attending get hours, and only once;
 * confirming twice never doubles them.
 */
export function confirmationOf(person: AttendanceState | undefined): ConfirmationOutcome {
  if (!person) return 'not_added';
  if (person.confirmedHours !== null) return 'already_confirmed';
  return person.attended ? 'confirmed' : 'not_attended';
}

/** How many people each outcome of one 学时确认 concerned. */
export type ConfirmationSummary = Record<ConfirmationOutcome, number>;

export function summariseConfirmation(people: readonly (AttendanceState | undefined)[]): ConfirmationSummary {
  const summary = Object.fromEntries(CONFIRMATION_OUTCOMES.map((o) => [o, 0])) as ConfirmationSummary;
  for (const person of people) summary[confirmationOf(person)] += 1;
  return summary;
}
