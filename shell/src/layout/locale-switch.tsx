import { useRef } from 'react';
import { observer } from 'mobx-react-lite';
import { Select } from '@arco-design/web-react';
import type { SelectHandle } from '@arco-design/web-react/es/Select/interface';
import { IconLanguage } from '@arco-design/web-react/icon';
import type { Locale } from '@casmooc/domain';
import { shellState } from '../state/shell-state';
import { useT } from '../exposed/locale';
import { LOCALE_NAMES, shellMessages } from '../locale';

/** The language switch, in the portal's header and on the sign-in page: remembered in the browser and, when signed in, on the account. */
export const LocaleSwitch = observer(function LocaleSwitch() {
  const { locale: store, session } = shellState();
  const t = useT(shellMessages);
  const choose = (locale: Locale) => {
    store.setLocale(locale);
    void session.savePreferences({ locale }).catch(() => undefined);
  };
  const select = useRef<SelectHandle>(null);
  // Arco blurs a select when its list closes; a keyboard user's focus stays on it (a click elsewhere keeps its own focus).
  const keepFocus = (open: boolean) => {
    if (!open) requestAnimationFrame(() => (document.activeElement === document.body || document.activeElement === null) && select.current?.focus());
  };
  // A select, not a menu: arrows move, Enter chooses, Esc closes, and a screen reader hears a list of languages.
  return (
    <Select
      ref={select}
      onVisibleChange={keepFocus}
      className="portal__locale"
      bordered={false}
      value={store.locale}
      onChange={(locale: Locale) => choose(locale)}
      prefix={<IconLanguage />}
      triggerProps={{ autoAlignPopupWidth: false }}
      // The name holds the language it shows: what a screen reader says matches what is seen (WCAG 2.5.3).
      aria-label={t('header.localeCurrent', { name: LOCALE_NAMES[store.locale] })}
      options={(Object.keys(LOCALE_NAMES) as Locale[]).map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }))}
    />
  );
});
