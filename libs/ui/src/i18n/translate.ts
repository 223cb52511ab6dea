import type { Locale } from '@casmooc/domain';

/** A page's texts: flat keys (`planList.columns.name`) in every locale. */
export type Messages<K extends string = string> = Record<Locale, Record<K, string>>;

/** `t('greeting', { name })` replaces `{name}` in the text; a missing key shows itself. */
export function translator<K extends string>(messages: Messages<K>, locale: Locale) {
  const table = messages[locale];
  return (key: K, vars?: Record<string, string | number>): string => {
    const text = table[key] ?? key;
    return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text;
  };
}
