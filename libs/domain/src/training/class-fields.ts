import type { Label, Locale } from '../i18n/locale';
import { PLAN_CATEGORY_LABELS } from '../plans/enums';
import { HOURS_CATEGORY_LABELS, TRAINING_MODE_LABELS, VISIBILITY_LABELS } from './class-enums';
import { quarterLabel, type DeviationField } from './class-rules';
import type { ClassInput } from './class-schema';

/** Each field of a class, named as the manual's 培训项目基本信息表 and 报名与证书 name it. */
export const CLASS_FIELD_LABELS: Record<keyof ClassInput, Label> = {
  name: { 'zh-CN': '培训名称', 'en-US': 'Class name' },
  mode: { 'zh-CN': '培训方式', 'en-US': 'Mode' },
  category: { 'zh-CN': '培训类别', 'en-US': 'Category' },
  startAt: { 'zh-CN': '培训开始时间', 'en-US': 'Starts' },
  endAt: { 'zh-CN': '培训结束时间', 'en-US': 'Ends' },
  hours: { 'zh-CN': '学时', 'en-US': 'Credit hours' },
  days: { 'zh-CN': '天数', 'en-US': 'Days' },
  headcount: { 'zh-CN': '计划参加人数', 'en-US': 'Planned headcount' },
  researchCount: { 'zh-CN': '科研岗人数', 'en-US': 'Research posts' },
  managementCount: { 'zh-CN': '管理岗人数', 'en-US': 'Management posts' },
  supportCount: { 'zh-CN': '支撑岗人数', 'en-US': 'Support posts' },
  externalCount: { 'zh-CN': '校外参训人数', 'en-US': 'External participants' },
  staffCount: { 'zh-CN': '工作人员数', 'en-US': 'Organising staff' },
  budget: { 'zh-CN': '经费（元）', 'en-US': 'Budget (CNY)' },
  organiser: { 'zh-CN': '主办单位', 'en-US': 'Organiser' },
  contactName: { 'zh-CN': '联系人', 'en-US': 'Contact' },
  contactPhone: { 'zh-CN': '联系电话', 'en-US': 'Contact phone' },
  contactEmail: { 'zh-CN': '联系人Email', 'en-US': 'Contact email' },
  visibility: { 'zh-CN': '培训公开范围', 'en-US': 'Open to' },
  registrationOpen: { 'zh-CN': '是否允许报名', 'en-US': 'Registration open' },
  registrationApproval: { 'zh-CN': '报名是否需要审批', 'en-US': 'Registrations approved' },
  registrationFrom: { 'zh-CN': '报名开始时间', 'en-US': 'Registration opens' },
  registrationTo: { 'zh-CN': '报名结束时间', 'en-US': 'Registration closes' },
  hoursCategory: { 'zh-CN': '学时类别', 'en-US': 'Hours count as' },
  generalHours: { 'zh-CN': '其中公需科目学时', 'en-US': 'Of which general hours' },
};

/** The terms a deviation is about, named for the redline. */
export const DEVIATION_FIELD_LABELS: Record<DeviationField, Label> = {
  quarter: { 'zh-CN': '培训时间（季度）', 'en-US': 'When (quarter)' },
  budget: CLASS_FIELD_LABELS.budget,
  headcount: CLASS_FIELD_LABELS.headcount,
  days: CLASS_FIELD_LABELS.days,
};

const ENUMS: Partial<Record<keyof ClassInput, Record<string, Label>>> = {
  mode: TRAINING_MODE_LABELS,
  category: PLAN_CATEGORY_LABELS,
  visibility: VISIBILITY_LABELS,
  hoursCategory: HOURS_CATEGORY_LABELS,
};
const YES_NO: Record<'yes' | 'no', Label> = { yes: { 'zh-CN': '是', 'en-US': 'Yes' }, no: { 'zh-CN': '否', 'en-US': 'No' } };

/** A class field's value as people read it. */
export function classFieldText(field: keyof ClassInput, value: unknown, locale: Locale): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return YES_NO[value ? 'yes' : 'no'][locale];
  const labels = ENUMS[field];
  if (labels && typeof value === 'string') return labels[value]?.[locale] ?? value;
  if (field === 'budget' && typeof value === 'number') return value.toLocaleString(locale);
  return String(value);
}

/** A deviation's side as people read it: a quarter by name, a number as it is. */
export function deviationText(field: DeviationField, value: string | number, locale: Locale): string {
  if (field === 'quarter') return quarterLabel(String(value))[locale];
  return field === 'budget' && typeof value === 'number' ? value.toLocaleString(locale) : String(value);
}
