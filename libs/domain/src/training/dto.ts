import type { Label } from '../i18n/locale';
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

/** The answer to any change of a class's attendance: where the counts stand now. */
export interface AttendanceChange {
  attendance: AttendanceCounts;
}

/** The answer to adding people: who joined the list, and who was on it already. */
export interface AddedAttendees extends AttendanceChange {
  added: number;
  alreadyListed: number;
}

/** The facts a class takes from its plan (T-1), in the order and words of the manual's 培训项目基本信息表. */
export const CLASS_FACT_LABELS = {
  name: { 'zh-CN': '培训名称', 'en-US': 'Class name' },
  orgName: { 'zh-CN': '所属机构', 'en-US': 'Organisation' },
  year: { 'zh-CN': '培训年度', 'en-US': 'Year' },
  category: { 'zh-CN': '培训类别', 'en-US': 'Category' },
  month: { 'zh-CN': '培训时间', 'en-US': 'Month' },
  hours: { 'zh-CN': '学时', 'en-US': 'Credit hours' },
  days: { 'zh-CN': '天数', 'en-US': 'Days' },
  headcount: { 'zh-CN': '计划参加人数', 'en-US': 'Planned headcount' },
  organiser: { 'zh-CN': '主办单位', 'en-US': 'Organiser' },
  contactName: { 'zh-CN': '联系人', 'en-US': 'Contact' },
  contactPhone: { 'zh-CN': '联系电话', 'en-US': 'Contact phone' },
} satisfies Partial<Record<keyof TrainingClassDto, Label>>;
