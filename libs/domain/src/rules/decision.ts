import type { Label, Locale } from '../i18n/locale';

/** What a rule says about an action: allowed, or refused with the rule's id and a sentence saying why. */
export type Decision<R extends string = string> = { allowed: true } | { allowed: false; rule: R; reason: Label };
export type Refusal<R extends string = string> = Extract<Decision<R>, { allowed: false }>;

export const ALLOWED = { allowed: true } as const satisfies Decision;

/** A refusal citing its rule in both languages: `已撤销的计划不能编辑 (P-11)`. */
export function refuse<R extends string>(rule: R, zh: string, en: string): Refusal<R> {
  return { allowed: false, rule, reason: { 'zh-CN': `${zh} (${rule})`, 'en-US': `${en} (${rule})` } };
}

/** A decision on the wire: `{ allowed, rule?, reason? }`, the reason in the caller's language. */
export type ActionView = { allowed: true } | { allowed: false; rule: string; reason: string };

export function localiseDecision(decision: Decision, locale: Locale): ActionView {
  return decision.allowed ? { allowed: true } : { allowed: false, rule: decision.rule, reason: decision.reason[locale] };
}
