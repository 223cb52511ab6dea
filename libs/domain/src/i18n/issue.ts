import type { Label } from './locale';

/**
 * A custom validation message in every locale, for zod's `refine` and
 * `addIssue`: the Chinese text is the message, the label rides along in
 * `params` so the BFF answers each caller in their language.
 */
export function localisedIssue(label: Label): { message: string; params: { label: Label } } {
  return { message: label['zh-CN'], params: { label } };
}

/** The label a custom issue carries, if it was made with `localisedIssue`. */
export function issueLabel(issue: { code: string; params?: unknown }): Label | undefined {
  const params = issue.params as { label?: Label } | undefined;
  return issue.code === 'custom' ? params?.label : undefined;
}
