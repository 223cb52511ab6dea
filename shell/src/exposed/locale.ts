/** `shell/locale`: the portal's language (zh-CN first) and a translator for a page's messages. */
import type { Locale } from '@casmooc/domain';
import { translator, type Messages } from '@casmooc/ui';
import { shellState } from '../state/shell-state';

/** The current locale; components that call it must be `observer`s. */
export function useLocale(): Locale {
  return shellState().locale.locale;
}

export function useT<K extends string>(messages: Messages<K>) {
  return translator(messages, useLocale());
}
