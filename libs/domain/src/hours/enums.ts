import type { Label } from '../i18n/locale';

const labels = <K extends string>(map: Record<K, Label>) => map;

/** The two kinds of continuing-education hours (SPEC §3a, T-8): what a ledger row counts as. */
export const HOURS_KINDS = ['general', 'professional'] as const;
export type HoursKind = (typeof HOURS_KINDS)[number];
export const HOURS_KIND_LABELS = labels<HoursKind>({
  general: { 'zh-CN': '公需科目', 'en-US': 'General' },
  professional: { 'zh-CN': '专业科目', 'en-US': 'Professional' },
});

/** Activities outside the portal's classes that a manager records with their evidence (H-1). */
export const EXTERNAL_ACTIVITIES = ['conference', 'seminar', 'online', 'other'] as const;
export type ExternalActivity = (typeof EXTERNAL_ACTIVITIES)[number];
export const EXTERNAL_ACTIVITY_LABELS = labels<ExternalActivity>({
  conference: { 'zh-CN': '学术会议', 'en-US': 'Conference' },
  seminar: { 'zh-CN': '高级研修班', 'en-US': 'Advanced seminar' },
  online: { 'zh-CN': '在线课程', 'en-US': 'Online course' },
  other: { 'zh-CN': '其他继续教育活动', 'en-US': 'Other activity' },
});

/**
 * What a ledger row is (H-1): hours credited (by 学时确认 of a class, or an
 * external activity), the reversal of such a row, or the row a correction
 * puts in the reversed one's place.
 */
export const LEDGER_ENTRY_KINDS = ['credit', 'reversal', 'correction'] as const;
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];
export const LEDGER_ENTRY_KIND_LABELS = labels<LedgerEntryKind>({
  credit: { 'zh-CN': '记入', 'en-US': 'Credited' },
  reversal: { 'zh-CN': '冲销', 'en-US': 'Reversal' },
  correction: { 'zh-CN': '更正', 'en-US': 'Correction' },
});

/** The events of the record: a manager's entry or correction (the person and their managers), a requirement changed (everyone it holds for). */
export const HOURS_EVENT_TYPES = ['hours.recorded', 'hours.reversed', 'hours.evidence-added', 'hours.requirement-changed'] as const;
