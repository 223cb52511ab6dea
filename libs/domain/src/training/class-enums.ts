import type { Label } from '../i18n/locale';

/** Enums of a training class (SPEC §3, the manual's 培训项目基本信息表 and 报名与证书), with the labels users see. */
const labels = <K extends string>(map: Record<K, Label>) => map;

/** 培训方式. */
export const TRAINING_MODES = ['offline', 'online', 'blended'] as const;
export type TrainingMode = (typeof TRAINING_MODES)[number];
export const TRAINING_MODE_LABELS = labels<TrainingMode>({
  offline: { 'zh-CN': '线下', 'en-US': 'On site' },
  online: { 'zh-CN': '线上', 'en-US': 'Online' },
  blended: { 'zh-CN': '混合(线上+线下)', 'en-US': 'Blended (online and on site)' },
});

/** 培训公开范围 (T-4): who may see and register for the class. */
export const VISIBILITIES = ['private', 'institute', 'academy', 'public'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
export const VISIBILITY_LABELS = labels<Visibility>({
  private: { 'zh-CN': '不公开', 'en-US': 'Not open' },
  institute: { 'zh-CN': '本单位公开', 'en-US': 'Our unit' },
  academy: { 'zh-CN': '全院公开', 'en-US': 'Whole Academy' },
  public: { 'zh-CN': '对外公开', 'en-US': 'Public' },
});

/** T-8: what the class's 学时 count as in the continuing-education record. */
export const HOURS_CATEGORIES = ['professional', 'general', 'split'] as const;
export type HoursCategory = (typeof HOURS_CATEGORIES)[number];
export const HOURS_CATEGORY_LABELS = labels<HoursCategory>({
  professional: { 'zh-CN': '专业科目', 'en-US': 'Professional' },
  general: { 'zh-CN': '公需科目', 'en-US': 'General (law, policy, ethics, information)' },
  split: { 'zh-CN': '公需与专业分列', 'en-US': 'Split between general and professional' },
});

/** 实施情况 of a class: created from its plan (待实施), then 已实施. */
export const CLASS_STATES = ['draft', 'implemented'] as const;
export type ClassState = (typeof CLASS_STATES)[number];
export const CLASS_STATE_LABELS = labels<ClassState>({
  draft: { 'zh-CN': '待实施', 'en-US': 'Not implemented' },
  implemented: { 'zh-CN': '已实施', 'en-US': 'Implemented' },
});

/** 审批情况 of a class: only a class that deviates from its plan goes to approval (T-2). */
export const CLASS_APPROVAL_STATES = ['not_required', 'pending', 'returned', 'approved', 'rejected'] as const;
export type ClassApprovalState = (typeof CLASS_APPROVAL_STATES)[number];
export const CLASS_APPROVAL_LABELS = labels<ClassApprovalState>({
  not_required: { 'zh-CN': '无需审批', 'en-US': 'No approval needed' },
  pending: { 'zh-CN': '待审批', 'en-US': 'Awaiting approval' },
  returned: { 'zh-CN': '驳回修改', 'en-US': 'Returned' },
  approved: { 'zh-CN': '审批通过', 'en-US': 'Approved' },
  rejected: { 'zh-CN': '审批未通过', 'en-US': 'Rejected' },
});

/** What can be done to a class (P-13 style: each with allowed, rule and reason). */
export const CLASS_ACTIONS = ['edit', 'implement', 'cancel', 'recordSpending'] as const;
export type ClassAction = (typeof CLASS_ACTIONS)[number];

/** The events of a class's life, as the bell and the class page name them. */
export const CLASS_EVENT_TYPES = [
  'class.updated',
  'class.submitted',
  'class.decided',
  'class.implemented',
  'class.cancelled',
  'class.attendees-added',
  'class.attendance-marked',
  'class.attendees-removed',
  'class.hours-confirmed',
  'class.spending-recorded',
] as const;
export type ClassEventType = (typeof CLASS_EVENT_TYPES)[number];
