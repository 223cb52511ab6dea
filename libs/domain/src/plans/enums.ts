import type { Label } from '../i18n/locale';

/** Enums of SPEC §2 with the labels users see (the manual's words first). */
const labels = <K extends string>(map: Record<K, Label>) => map;

export const PLAN_KINDS = ['project', 'other'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export const PLAN_KIND_LABELS = labels<PlanKind>({
  project: { 'zh-CN': '项目计划', 'en-US': 'Project plan' },
  other: { 'zh-CN': '其他计划', 'en-US': 'Other plan' },
});

export const PLAN_TYPES = ['annual', 'added'] as const;
export type PlanType = (typeof PLAN_TYPES)[number];
export const PLAN_TYPE_LABELS = labels<PlanType>({
  annual: { 'zh-CN': '年度计划', 'en-US': 'Annual plan' },
  added: { 'zh-CN': '新增计划', 'en-US': 'Added plan' },
});

export const PLAN_CATEGORIES = [
  'technical_short_course',
  'professional_seminar',
  'academic_forum',
  'lecture_series',
  'management_training',
  'management_practice',
  'induction',
  'other',
] as const;
export type PlanCategory = (typeof PLAN_CATEGORIES)[number];
export const PLAN_CATEGORY_LABELS = labels<PlanCategory>({
  technical_short_course: { 'zh-CN': '专项技术短期培训班', 'en-US': 'Short technical course' },
  professional_seminar: { 'zh-CN': '专业技术研修班', 'en-US': 'Professional seminar' },
  academic_forum: { 'zh-CN': '学术讲坛', 'en-US': 'Academic forum' },
  lecture_series: { 'zh-CN': '系列讲座', 'en-US': 'Lecture series' },
  management_training: { 'zh-CN': '管理技能培训', 'en-US': 'Management skills training' },
  management_practice: { 'zh-CN': '管理技能实训', 'en-US': 'Management skills practice' },
  induction: { 'zh-CN': '上岗培训', 'en-US': 'Induction training' },
  other: { 'zh-CN': '其他培训', 'en-US': 'Other training' },
});

export const QUALITY_LEVELS = ['standard', 'premium', 'standard_mohrss', 'premium_mohrss'] as const;
export type QualityLevel = (typeof QUALITY_LEVELS)[number];
export const QUALITY_LABELS = labels<QualityLevel>({
  standard: { 'zh-CN': '非精品', 'en-US': 'Standard' },
  premium: { 'zh-CN': '精品', 'en-US': 'Premium' },
  standard_mohrss: { 'zh-CN': '非精品但申报人社部高研项目', 'en-US': 'Standard, applying as a MOHRSS advanced seminar' },
  premium_mohrss: { 'zh-CN': '精品并申报人社部高研项目', 'en-US': 'Premium, applying as a MOHRSS advanced seminar' },
});

export const LOCATIONS = ['local', 'out_of_town'] as const;
export type PlanLocation = (typeof LOCATIONS)[number];
export const LOCATION_LABELS = labels<PlanLocation>({
  local: { 'zh-CN': '本地', 'en-US': 'Local' },
  out_of_town: { 'zh-CN': '外埠', 'en-US': 'Out of town' },
});

/** Each state is its own column, as in the manual's list. */
export const EDIT_STATES = ['draft', 'submitted'] as const;
export type EditState = (typeof EDIT_STATES)[number];
export const EDIT_STATE_LABELS = labels<EditState>({
  draft: { 'zh-CN': '暂存', 'en-US': 'Draft' },
  submitted: { 'zh-CN': '已提交', 'en-US': 'Submitted' },
});

/** `unsubmitted`: a draft that has not been sent up yet (shown empty, as in the manual). */
export const APPROVAL_STATES = ['unsubmitted', 'not_required', 'pending', 'returned', 'approved', 'rejected'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];
export const APPROVAL_STATE_LABELS = labels<ApprovalState>({
  unsubmitted: { 'zh-CN': '未上报', 'en-US': 'Not reported' },
  not_required: { 'zh-CN': '无需审批', 'en-US': 'No approval needed' },
  pending: { 'zh-CN': '已上报', 'en-US': 'Reported' },
  returned: { 'zh-CN': '驳回修改', 'en-US': 'Returned for revision' },
  approved: { 'zh-CN': '审批通过', 'en-US': 'Approved' },
  rejected: { 'zh-CN': '审批未通过', 'en-US': 'Rejected' },
});

export const PUBLISH_LABELS = labels<'unpublished' | 'published'>({
  unpublished: { 'zh-CN': '未发布', 'en-US': 'Unpublished' },
  published: { 'zh-CN': '已发布', 'en-US': 'Published' },
});
export const IMPLEMENTATION_LABELS = labels<'not_implemented' | 'implemented'>({
  not_implemented: { 'zh-CN': '未实施', 'en-US': 'Not implemented' },
  implemented: { 'zh-CN': '已实施', 'en-US': 'Implemented' },
});
export const REVOCATION_LABELS = labels<'active' | 'revoked'>({
  active: { 'zh-CN': '未撤销', 'en-US': 'Not revoked' },
  revoked: { 'zh-CN': '已撤销', 'en-US': 'Revoked' },
});

/** The events a plan's life writes (each with `{ id, name }` in its payload), as people are told of them. */
export const PLAN_EVENT_TYPES = ['plan.created', 'plan.updated', 'plan.deleted', 'plan.submitted', 'plan.decided', 'plan.published', 'plan.unpublished', 'plan.implemented', 'plan.reopened', 'plan.revoked'] as const;
export type PlanEventType = (typeof PLAN_EVENT_TYPES)[number];
export const isPlanEvent = (type: string): type is PlanEventType => (PLAN_EVENT_TYPES as readonly string[]).includes(type);

/** Which plans a list shows: all the user manages, their own org's (本机构计划), or those of the orgs below (下级机构计划). */
export const PLAN_LIST_SCOPES = ['all', 'own', 'below'] as const;
export type PlanListScope = (typeof PLAN_LIST_SCOPES)[number];

export const PLAN_ACTIONS = ['edit', 'delete', 'submit', 'publish', 'unpublish', 'implement', 'revoke', 'copy', 'makeTemplate'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];
