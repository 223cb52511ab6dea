import type { Label } from '../i18n/locale';
import type { RegistrationState } from '../registration/enums';
import type { ActionView } from '../rules/decision';
import { POST_TYPE_LABELS, POST_TYPES, type PostType } from '../staff/post-types';
import type { AttendanceCounts } from './dto';
import type { HoursCategory, TrainingMode } from './class-enums';

/** The people a class plans for, as the class form counts them (科研岗 … 工作人员人数). */
export const HEADCOUNT_GROUPS = [...POST_TYPES, 'external', 'staff'] as const;
export type HeadcountGroup = (typeof HEADCOUNT_GROUPS)[number];
export const HEADCOUNT_GROUP_LABELS: Record<HeadcountGroup, Label> = {
  ...POST_TYPE_LABELS,
  external: { 'zh-CN': '校外', 'en-US': 'External' },
  staff: { 'zh-CN': '工作人员', 'en-US': 'Organising staff' },
};

export interface HeadcountRow {
  group: HeadcountGroup;
  planned: number;
  /** Who attended, of the directory's post types; null where attendance does not record the group (校外, 工作人员). */
  actual: number | null;
}

/**
 * T-7: planned vs actual headcount by post type. The attendance list holds
 * staff of the directory, whose post type says their group; 校外 and
 * 工作人员 are planned figures only (nobody on the list is counted as them).
 */
export function headcountRows(planned: Record<HeadcountGroup, number>, attendedByPostType: Partial<Record<PostType, number>>): HeadcountRow[] {
  return HEADCOUNT_GROUPS.map((group) => ({
    group,
    planned: planned[group],
    actual: group === 'external' || group === 'staff' ? null : (attendedByPostType[group] ?? 0),
  }));
}

/** 培训项目报表 (T-7): one class, from plan to hours. */
export interface ClassReportDto {
  class: {
    id: number;
    name: string;
    orgName: string;
    year: number;
    mode: TrainingMode;
    startAt: string;
    endAt: string;
    hours: number;
    hoursCategory: HoursCategory;
    implementedAt: string | null;
    /** The version a change of 实际支出 goes back with. */
    version: number;
  };
  headcount: { planned: number; actual: number; rows: HeadcountRow[] };
  registrations: { total: number; byState: Record<RegistrationState, number> };
  notices: Array<{ id: number; title: string; sentAt: string; askAck: boolean; sent: number; read: number; acknowledged: number }>;
  attendance: AttendanceCounts;
  /** The hours the ledger holds for the class, reversals included (H-1), and how many people they count for. */
  hours: { people: number; generalHours: number; professionalHours: number; totalHours: number };
  /** The plan's budget, the class's planned budget, and what was spent (once recorded). */
  budget: { plan: number; planned: number; spent: number | null };
  actions: { recordSpending: ActionView };
  generatedAt: string;
}
