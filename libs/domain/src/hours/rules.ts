import { ALLOWED, refuse, type Decision } from '../rules/decision';
import type { HoursCategory } from '../training/class-enums';
import type { HoursKind, LedgerEntryKind } from './enums';

/** Hours by kind, as a ledger row keeps them. */
export interface HoursByKind {
  generalHours: number;
  professionalHours: number;
}

/**
 * T-8: what one person's 学时确认 of a class credits, by kind: all 专业科目,
 * all 公需科目, or the class's stated split (its 公需 part, the rest 专业).
 */
export function classCredit(c: { hours: number; hoursCategory: HoursCategory; generalHours: number | null }): HoursByKind {
  if (c.hoursCategory === 'general') return { generalHours: c.hours, professionalHours: 0 };
  if (c.hoursCategory === 'split') {
    const general = c.generalHours ?? 0;
    return { generalHours: general, professionalHours: Math.round((c.hours - general) * 10) / 10 };
  }
  return { generalHours: 0, professionalHours: c.hours };
}

/** An external activity's hours, all of one kind. */
export function creditOfKind(kind: HoursKind, hours: number): HoursByKind {
  return kind === 'general' ? { generalHours: hours, professionalHours: 0 } : { generalHours: 0, professionalHours: hours };
}

/** A reversal takes back exactly what its row credited. */
export function reversed(hours: HoursByKind): HoursByKind {
  return { generalHours: 0 - hours.generalHours, professionalHours: 0 - hours.professionalHours };
}

/**
 * H-1: nothing in the ledger is edited or deleted; a row that credited
 * hours is corrected by reversing it (with a reason), once. A reversal is
 * itself never reversed: a wrong correction is reversed in its turn.
 */
export function reversalDecision(entry: { kind: LedgerEntryKind; reversed: boolean }): Decision<'H-1'> {
  if (entry.kind === 'reversal') return refuse('H-1', '冲销记录本身不能再冲销', 'A reversal cannot itself be reversed');
  if (entry.reversed) return refuse('H-1', '该记录已冲销，不能重复冲销', 'This entry has already been reversed');
  return ALLOWED;
}

/** H-1: an external activity is recorded once it has happened: its date is not after today; its year is the date's. */
export function externalActivityDecision(date: string, today: string): Decision<'H-1'> {
  return date > today ? refuse('H-1', '活动日期不能晚于今天', 'The activity cannot be dated after today') : ALLOWED;
}

/** H-1: evidence supports an external activity's credit (a class's is its attendance); a reversed row takes none. */
export function evidenceDecision(entry: { kind: LedgerEntryKind; external: boolean; reversed: boolean }): Decision<'H-1'> {
  if (entry.kind !== 'credit' || !entry.external) return refuse('H-1', '只有记入的其他学习活动可以附证明材料', 'Evidence goes with the credit of an external activity');
  if (entry.reversed) return refuse('H-1', '该记录已冲销，不能再附证明材料', 'This entry has been reversed');
  return ALLOWED;
}

/** H-1: the record is kept by others: nobody records or reverses hours of their own. */
export function ownRecordDecision(actorStaffId: number | null, staffId: number): Decision<'H-1'> {
  return actorStaffId === staffId ? refuse('H-1', '不能为自己记入或更正学时', 'Nobody records or corrects hours of their own') : ALLOWED;
}
