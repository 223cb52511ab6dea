import { CLASS_EVENT_TYPES, decisionLabel, HOURS_EVENT_TYPES, NOTICE_EVENT_TYPES, PLAN_EVENT_TYPES, REGISTRATION_EVENT_TYPES, TEMPLATE_EVENT_TYPES, type DomainEvent, type FundingChoice, type Locale, type Verdict } from '@casmooc/domain';
import type { ShellMessageKey } from '../locale';

type T = (key: ShellMessageKey, vars?: Record<string, string | number>) => string;

/** The events the bell has words for: a plan's, a class's, a registration's, a notice's, a template's and the hours record's. */
const DESCRIBED: ReadonlySet<string> = new Set([...PLAN_EVENT_TYPES, ...CLASS_EVENT_TYPES, ...REGISTRATION_EVENT_TYPES, ...NOTICE_EVENT_TYPES, ...TEMPLATE_EVENT_TYPES, ...HOURS_EVENT_TYPES]);

/** Events that keep pages live or the audit trail whole but say nothing to a person (a class's seat counts, the annual record one just downloaded). */
const QUIET: ReadonlySet<string> = new Set(['seats.changed', 'certificate.issued']);

/** Whether the bell lists an event. */
export function isNotable(event: DomainEvent): boolean {
  return !QUIET.has(event.type);
}

interface SubjectPayload {
  id?: number;
  name?: string;
  count?: number;
  verdict?: Verdict;
  funding?: FundingChoice | null;
  levelOrgName?: string;
  deciderName?: string;
  person?: string;
  reason?: string;
  title?: string;
  classId?: number;
  staffId?: number;
  orgName?: string;
  hours?: number;
}

/** One line for the notification bell: what happened, in the reader's language. */
export function describeEvent(event: DomainEvent, t: T, locale: Locale): string {
  if (!DESCRIBED.has(event.type)) return t('event.other', { type: event.type });
  const payload = event.payload as SubjectPayload;
  const verdict = payload.verdict ? decisionLabel({ verdict: payload.verdict, funding: payload.funding })[locale] : '';
  const vars = {
    name: payload.name ?? '',
    org: payload.levelOrgName ?? payload.orgName ?? '',
    verdict,
    count: payload.count ?? 0,
    person: payload.person ?? '',
    reason: payload.reason ?? '',
    title: payload.title ?? '',
    hours: payload.hours ?? 0,
  };
  return t(`event.${event.type}` as ShellMessageKey, vars);
}

/** Where an event's subject is shown: submissions in their approval queue, a class or a template on its page, other plan changes in the plans area. */
export function eventLink(event: DomainEvent, managesClasses: boolean): string | null {
  if (event.type === 'plan.submitted') return '/approvals';
  if (event.type === 'class.submitted') return '/approvals/classes';
  // A notice: its managers follow it on the class's page; recipients read it in their inbox.
  if (event.type.startsWith('notice.')) return managesClasses && (event.type === 'notice.read' || event.type === 'notice.acknowledged') ? `/training/classes/${(event.payload as SubjectPayload).classId}` : '/training/inbox';
  // The class's managers open its page; staff, 我的培训 (the class's page is not theirs).
  if (event.type.startsWith('registration.')) return managesClasses ? `/training/classes/${(event.payload as SubjectPayload).id}` : '/training/mine';
  // Hours confirmed and the record's changes: staff see them in 我的学时, managers the person's record.
  if (event.type === 'class.hours-confirmed' && !managesClasses) return '/training/hours';
  if (event.type.startsWith('hours.')) {
    const { staffId } = event.payload as SubjectPayload;
    if (!managesClasses) return '/training/hours';
    return staffId ? `/training/hours/people/${staffId}` : '/training/hours/people';
  }
  if (event.type.startsWith('class.') && event.type !== 'class.cancelled') return `/training/classes/${(event.payload as SubjectPayload).id}`;
  if (event.type.startsWith('template.') && event.type !== 'template.deleted') return `/templates/${(event.payload as SubjectPayload).id}/edit`;
  if (event.type.startsWith('plan.') && event.type !== 'plan.deleted') return '/plans';
  return null;
}
