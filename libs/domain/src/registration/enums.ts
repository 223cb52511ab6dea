import type { Label } from '../i18n/locale';

/**
 * Where a person's registration for a class stands (T-4): 待审批 and 已报名
 * hold a seat; 候补 waits for one, in order; 未通过 and 已退出 hold nothing.
 */
export const REGISTRATION_STATES = ['pending', 'registered', 'waitlisted', 'declined', 'withdrawn'] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

export const REGISTRATION_STATE_LABELS: Record<RegistrationState, Label> = {
  pending: { 'zh-CN': '待审批', 'en-US': 'Awaiting approval' },
  registered: { 'zh-CN': '已报名', 'en-US': 'Registered' },
  waitlisted: { 'zh-CN': '候补', 'en-US': 'Waitlisted' },
  declined: { 'zh-CN': '未通过', 'en-US': 'Declined' },
  withdrawn: { 'zh-CN': '已退出', 'en-US': 'Withdrawn' },
};

/** The states that take one of the class's seats. */
export const SEAT_STATES: readonly RegistrationState[] = ['pending', 'registered'];
/** The states of someone still in the class's queue (they may withdraw). */
export const ACTIVE_STATES: readonly RegistrationState[] = ['pending', 'registered', 'waitlisted'];

/** A manager's decision on a registration that needs approval (报名是否需要审批). */
export const REGISTRATION_DECISIONS = ['approve', 'decline'] as const;
export type RegistrationDecision = (typeof REGISTRATION_DECISIONS)[number];

/** What a person can do about a class (P-13 style: each with allowed, rule and reason). */
export const REGISTRATION_ACTIONS = ['register', 'withdraw'] as const;
export type RegistrationAction = (typeof REGISTRATION_ACTIONS)[number];

/**
 * The events of registration: each names the class's managers and the
 * person; `registration.under-subscribed` only the managers;
 * `seats.changed` carries only counts, for everyone who may see the class.
 */
export const REGISTRATION_EVENT_TYPES = [
  'registration.created',
  'registration.withdrawn',
  'registration.approved',
  'registration.declined',
  'registration.promoted',
  'registration.under-subscribed',
  'seats.changed',
] as const;
export type RegistrationEventType = (typeof REGISTRATION_EVENT_TYPES)[number];
