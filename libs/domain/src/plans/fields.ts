import type { Label, Locale } from '../i18n/locale';
import { LOCATION_LABELS, PLAN_CATEGORY_LABELS, PLAN_KIND_LABELS, PLAN_TYPE_LABELS, QUALITY_LABELS } from './enums';
import type { PlanInput } from './schemas';

/** Each field a manager fills in, named as the manual names it; the plan view and the approval diff read these. */
export const PLAN_FIELD_LABELS: Record<keyof PlanInput, Label> = {
  orgId: { 'zh-CN': '所属机构', 'en-US': 'Organisation' },
  name: { 'zh-CN': '计划名称', 'en-US': 'Name' },
  kind: { 'zh-CN': '计划类型', 'en-US': 'Plan kind' },
  planType: { 'zh-CN': '培训计划类型', 'en-US': 'Plan type' },
  year: { 'zh-CN': '年度', 'en-US': 'Year' },
  month: { 'zh-CN': '培训时间', 'en-US': 'Month' },
  category: { 'zh-CN': '培训类别', 'en-US': 'Category' },
  hours: { 'zh-CN': '学时', 'en-US': 'Credit hours' },
  days: { 'zh-CN': '天数', 'en-US': 'Days' },
  headcount: { 'zh-CN': '人数', 'en-US': 'Headcount' },
  budget: { 'zh-CN': '经费（元）', 'en-US': 'Budget (CNY)' },
  organiser: { 'zh-CN': '主办单位', 'en-US': 'Organiser' },
  location: { 'zh-CN': '培训地点', 'en-US': 'Location' },
  address: { 'zh-CN': '详细地址', 'en-US': 'Address' },
  contactName: { 'zh-CN': '联系人', 'en-US': 'Contact' },
  contactPhone: { 'zh-CN': '联系人电话', 'en-US': 'Contact phone' },
  fundingRequested: { 'zh-CN': '是否申请院经费支持', 'en-US': 'Academy funding requested' },
  quality: { 'zh-CN': '是否精品', 'en-US': 'Premium' },
  techSupport: { 'zh-CN': '申请专项技术支持', 'en-US': 'Technical support requested' },
  materials: { 'zh-CN': '资助计划材料', 'en-US': 'Funding materials' },
};

/** The label tables of the enum fields. */
const ENUM_LABELS: Partial<Record<keyof PlanInput, Record<string, Label>>> = {
  kind: PLAN_KIND_LABELS,
  planType: PLAN_TYPE_LABELS,
  category: PLAN_CATEGORY_LABELS,
  location: LOCATION_LABELS,
  quality: QUALITY_LABELS,
};

const YES_NO: Record<'yes' | 'no', Label> = { yes: { 'zh-CN': '是', 'en-US': 'Yes' }, no: { 'zh-CN': '否', 'en-US': 'No' } };
const MATERIALS_PREVIEW = 80;

/** Every text an enum or yes/no field can show, in a language (none for free text): what a column must fit. */
export function planFieldChoices(field: keyof PlanInput, locale: Locale): string[] {
  const labels = field === 'fundingRequested' || field === 'techSupport' ? YES_NO : ENUM_LABELS[field];
  return labels ? Object.values(labels).map((label) => label[locale]) : [];
}

/** A field's value as people read it: labels for enums, 是/否 for flags, text of rich text. */
export function planFieldText(field: keyof PlanInput, value: unknown, locale: Locale): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return YES_NO[value ? 'yes' : 'no'][locale];
  const labels = ENUM_LABELS[field];
  if (labels && typeof value === 'string') return labels[value]?.[locale] ?? value;
  if (field === 'materials') {
    const text = String(value).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    return text.length > MATERIALS_PREVIEW ? `${text.slice(0, MATERIALS_PREVIEW)}…` : text || '—';
  }
  if (field === 'budget' && typeof value === 'number') return value.toLocaleString(locale);
  return String(value);
}
