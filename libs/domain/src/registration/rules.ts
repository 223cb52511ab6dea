import type { Label } from '../i18n/locale';
import { isInSubtree } from '../orgs/tree';
import { ALLOWED, refuse as refuseWith, type Decision } from '../rules/decision';
import { POST_TYPES, type PostType } from '../staff/post-types';
import type { Visibility } from '../training/class-enums';
import { ACTIVE_STATES, SEAT_STATES, type RegistrationState } from './enums';

export type RegistrationRule = 'T-4' | 'T-6';
const refuse = refuseWith<RegistrationRule>;

/** What T-4 needs to know of a class: who may see it, its window, its seats. */
export interface RegistrationTerms {
  /** The organising org (本单位公开 opens the class to its subtree). */
  orgPath: string;
  visibility: Visibility;
  registrationOpen: boolean;
  /** Academy time, `YYYY-MM-DD HH:mm`, as the class form writes them. */
  registrationFrom: string | null;
  registrationTo: string | null;
  startAt: string;
  /** 计划参加人数: the class's capacity. */
  headcount: number;
  /** 科研岗 / 管理岗 / 支撑岗人数: quotas where set (0 is no quota). */
  researchCount: number;
  managementCount: number;
  supportCount: number;
}

/** The person who registers: where their staff record sits, and their post type (for the quotas). */
export interface Registrant {
  orgPath: string;
  postType: PostType;
}

/**
 * T-4 公开范围: who may see a class and register for it. 不公开: nobody;
 * 本单位公开: the organising org's subtree; 全院公开 and 对外公开: everyone
 * of the Academy (对外公开 is also listed publicly, read-only).
 */
export function visibleTo(terms: Pick<RegistrationTerms, 'orgPath' | 'visibility'>, personOrgPath: string): boolean {
  switch (terms.visibility) {
    case 'private':
      return false;
    case 'institute':
      return isInSubtree(terms.orgPath, personOrgPath);
    case 'academy':
    case 'public':
      return true;
  }
}

/** T-4 窗口: registration is on, and now lies inside 报名开始 … 报名结束 (both included, to the minute). */
export function windowDecision(terms: RegistrationTerms, now: string): Decision<RegistrationRule> {
  if (!terms.registrationOpen || !terms.registrationFrom || !terms.registrationTo) return refuse('T-4', '该培训不接受报名', 'This class takes no registrations');
  if (now < terms.registrationFrom) return refuse('T-4', `报名尚未开始，${terms.registrationFrom} 开始`, `Registration opens at ${terms.registrationFrom}`);
  if (now > terms.registrationTo) return refuse('T-4', `报名已于 ${terms.registrationTo} 截止`, `Registration closed at ${terms.registrationTo}`);
  return ALLOWED;
}

/** T-4: whether this person may register now (a full class still takes them, on the waitlist). */
export function registerDecision(terms: RegistrationTerms, person: Registrant | null, mine: RegistrationState | null, now: string): Decision<RegistrationRule> {
  if (!person) return refuse('T-4', '你的账号没有对应的职工信息，不能报名', 'Your account is not linked to a staff record');
  if (!visibleTo(terms, person.orgPath)) return refuse('T-4', '该培训不对你所在单位开放报名', 'This class is not open to your unit');
  if (mine && ACTIVE_STATES.includes(mine)) return refuse('T-4', '你已报名该培训', 'You are registered already');
  if (mine === 'declined') return refuse('T-4', '你的报名未通过审批，不能再次报名', 'Your registration was declined');
  return windowDecision(terms, now);
}

/**
 * T-4 退出报名: someone in the queue may leave it; once the class has
 * started a seat is kept, and hours confirmed are a record (T-6).
 */
export function withdrawDecision(terms: Pick<RegistrationTerms, 'startAt'>, mine: RegistrationState | null, hoursConfirmed: boolean, now: string): Decision<RegistrationRule> {
  if (!mine || !ACTIVE_STATES.includes(mine)) return refuse('T-4', '你没有报名该培训', 'You are not registered for this class');
  if (hoursConfirmed) return refuse('T-6', '你在该培训的学时已确认，不能退出', 'Your hours on this class are confirmed');
  if (mine !== 'waitlisted' && now >= terms.startAt) return refuse('T-4', '培训已开始，不能退出报名', 'The class has started');
  return ALLOWED;
}

/** T-4 审批: only a registration awaiting approval can be approved or declined. */
export function decideDecision(state: RegistrationState): Decision<RegistrationRule> {
  if (state === 'pending') return ALLOWED;
  return refuse('T-4', '只有待审批的报名可以审批', 'Only a registration awaiting approval can be decided');
}

/** The seats taken: everyone 待审批 or 已报名, in all and per post type. */
export interface SeatCounts {
  total: number;
  byPost: Record<PostType, number>;
}

export const NO_SEATS_TAKEN: SeatCounts = { total: 0, byPost: { research: 0, management: 0, support: 0 } };

/** The seats taken by these registrations, one each, or `count` each where they come grouped. */
export function countSeats(states: ReadonlyArray<{ state: RegistrationState; postType: PostType; count?: number }>): SeatCounts {
  const counts: SeatCounts = { total: 0, byPost: { ...NO_SEATS_TAKEN.byPost } };
  for (const r of states) {
    if (!SEAT_STATES.includes(r.state)) continue;
    counts.total += r.count ?? 1;
    counts.byPost[r.postType] += r.count ?? 1;
  }
  return counts;
}

/** The quota of a post type: its 人数 on the class form when set, none otherwise. */
export function quotaOf(terms: Pick<RegistrationTerms, 'researchCount' | 'managementCount' | 'supportCount'>, postType: PostType): number | null {
  const quota = { research: terms.researchCount, management: terms.managementCount, support: terms.supportCount }[postType];
  return quota > 0 ? quota : null;
}

/** T-4 capacity: a seat is free for this post type when neither 计划参加人数 nor the post type's quota is reached. */
export function hasSeatFor(terms: RegistrationTerms, taken: SeatCounts, postType: PostType): boolean {
  if (taken.total >= terms.headcount) return false;
  const quota = quotaOf(terms, postType);
  return quota === null || taken.byPost[postType] < quota;
}

/** Seats left in all (a post type's quota may be reached before). */
export function seatsLeft(terms: Pick<RegistrationTerms, 'headcount'>, taken: SeatCounts): number {
  return Math.max(0, terms.headcount - taken.total);
}

/**
 * T-4 waitlist: when seats free up, the waitlisted get them in order; one
 * whose post type's quota is still reached stays, and the next who fits
 * goes ahead. Returns whom to promote, in order.
 */
export function promotions<W extends { postType: PostType }>(terms: RegistrationTerms, taken: SeatCounts, waitlist: readonly W[]): W[] {
  const counts: SeatCounts = { total: taken.total, byPost: { ...taken.byPost } };
  const promoted: W[] = [];
  for (const waiting of waitlist) {
    if (counts.total >= terms.headcount) break;
    if (!hasSeatFor(terms, counts, waiting.postType)) continue;
    promoted.push(waiting);
    counts.total += 1;
    counts.byPost[waiting.postType] += 1;
  }
  return promoted;
}

/** The class form's fields that hold seats, and the post type each counts (null: every seat). */
const SEAT_FIELDS = { headcount: null, researchCount: 'research', managementCount: 'management', supportCount: 'support' } as const satisfies Record<string, PostType | null>;
export type SeatField = keyof typeof SEAT_FIELDS;

/** A seat field's limit: 计划参加人数, or a post type's quota (none set: no limit). */
const limitOf = (terms: Pick<RegistrationTerms, SeatField>, field: SeatField): number => {
  const post = SEAT_FIELDS[field];
  return post ? (quotaOf(terms, post) ?? Infinity) : terms.headcount;
};

/** How an edit changes a class's seats (T-4): some limit higher (the waitlist may move up), some lower (the seats taken must still fit). */
export function seatChange(before: Pick<RegistrationTerms, SeatField>, after: Pick<RegistrationTerms, SeatField>): { grew: boolean; shrank: boolean } {
  const fields = Object.keys(SEAT_FIELDS) as SeatField[];
  return { grew: fields.some((f) => limitOf(after, f) > limitOf(before, f)), shrank: fields.some((f) => limitOf(after, f) < limitOf(before, f)) };
}

/**
 * T-4: an edit of the class never takes a seat from someone who holds
 * one: 计划参加人数, and each quota that is set, stay at or above the seats
 * taken (raising or clearing them is always allowed). Returns what to say
 * on each field that would drop below.
 */
export function seatsKeptIssues(terms: Pick<RegistrationTerms, SeatField>, taken: SeatCounts): Partial<Record<SeatField, Label>> {
  const issues: Partial<Record<SeatField, Label>> = {};
  for (const [field, post] of Object.entries(SEAT_FIELDS) as [SeatField, PostType | null][]) {
    const held = post ? taken.byPost[post] : taken.total;
    if (limitOf(terms, field) < held) issues[field] = { 'zh-CN': `已有 ${held} 人占用名额，不能少于 ${held} (T-4)`, 'en-US': `${held} seats are taken: it cannot be fewer than ${held} (T-4)` };
  }
  return issues;
}

/** The quotas that are set, for the page that shows them. */
export function quotas(terms: Pick<RegistrationTerms, 'researchCount' | 'managementCount' | 'supportCount'>): Partial<Record<PostType, number>> {
  return Object.fromEntries(POST_TYPES.flatMap((p) => (quotaOf(terms, p) === null ? [] : [[p, quotaOf(terms, p)!]])));
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * T-4 alert for the class's managers: registration closes within a day
 * (or has closed) and seats are still free.
 */
export function underSubscribed(terms: RegistrationTerms, taken: SeatCounts, now: Date): boolean {
  if (!terms.registrationOpen || !terms.registrationTo || taken.total >= terms.headcount) return false;
  const closes = new Date(`${terms.registrationTo.replace(' ', 'T')}:00+08:00`);
  return closes.getTime() - now.getTime() <= DAY_MS;
}
