import { z } from 'zod';
import { issueLabel, type Locale } from '@casmooc/domain';
import { ApiError } from './api-error';

const ZOD_LOCALES: Record<Locale, z.core.$ZodErrorMap> = {
  'zh-CN': z.locales.zhCN().localeError,
  'en-US': z.locales.en().localeError,
};

/**
 * Parses input with a schema from libs/domain; on failure throws a 400
 * naming each wrong field in the caller's language. Unknown keys are
 * reported under their own name.
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, locale: Locale): T {
  const result = schema.safeParse(input, { error: ZOD_LOCALES[locale] });
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    const message = issueLabel(issue)?.[locale] ?? issue.message;
    for (const key of keys) fields[key.join('.') || '_'] ??= message;
  }
  throw new ApiError(400, 'VALIDATION_FAILED', fields);
}
