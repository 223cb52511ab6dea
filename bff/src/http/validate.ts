import { z } from 'zod';
import { issueLabel, type Label, type Locale } from '@casmooc/domain';
import { ApiError } from './api-error';

const ZOD_LOCALES: Record<Locale, z.core.$ZodErrorMap> = {
  'zh-CN': z.locales.zhCN().localeError,
  'en-US': z.locales.en().localeError,
};

/** A 400 names this many wrong fields at most: the answer (and the work) stay small whatever the body. */
export const MAX_FIELD_ERRORS = 10;

const UNKNOWN_FIELD: Label = { 'zh-CN': '不接受此字段', 'en-US': 'Unknown field' };

/**
 * Parses input with a schema from libs/domain; on failure throws a 400
 * naming the wrong fields (the first few) in the caller's language.
 * Unknown keys are reported under their own name.
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, locale: Locale): T {
  const result = schema.safeParse(input, { error: ZOD_LOCALES[locale] });
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  const add = (path: readonly PropertyKey[], message: string) => {
    if (Object.keys(fields).length < MAX_FIELD_ERRORS) fields[path.map(String).join('.') || '_'] ??= message;
  };
  for (const issue of result.error.issues) {
    // zod's message for unknown keys lists all of them: one short message per key instead.
    if (issue.code === 'unrecognized_keys') issue.keys.slice(0, MAX_FIELD_ERRORS).forEach((key) => add([...issue.path, key], UNKNOWN_FIELD[locale]));
    else add(issue.path, issueLabel(issue)?.[locale] ?? issue.message);
    if (Object.keys(fields).length >= MAX_FIELD_ERRORS) break;
  }
  throw new ApiError(400, 'VALIDATION_FAILED', fields);
}
