import { decisionLabel, isPlanEvent, type DomainEvent, type FundingChoice, type Locale, type Verdict } from '@casmooc/domain';
import type { ShellMessageKey } from '../locale';

type T = (key: ShellMessageKey, vars?: Record<string, string | number>) => string;

interface PlanPayload {
  name?: string;
  verdict?: Verdict;
  funding?: FundingChoice | null;
  levelOrgName?: string;
  deciderName?: string;
}

/** One line for the notification bell: what happened, in the reader's language. */
export function describeEvent(event: DomainEvent, t: T, locale: Locale): string {
  if (!isPlanEvent(event.type)) return t('event.other', { type: event.type });
  const payload = event.payload as PlanPayload;
  const verdict = payload.verdict ? decisionLabel({ verdict: payload.verdict, funding: payload.funding })[locale] : '';
  return t(`event.${event.type}` as ShellMessageKey, { name: payload.name ?? '', org: payload.levelOrgName ?? '', verdict });
}

/** Where an event's subject is shown: decisions and submissions in the approvals area, other plan changes in the plans area. */
export function eventLink(event: DomainEvent): string | null {
  if (event.type === 'plan.submitted') return '/approvals';
  if (event.type.startsWith('plan.') && event.type !== 'plan.deleted') return '/plans';
  return null;
}
