import { observer } from 'mobx-react-lite';
import { IconLanguage } from '@arco-design/web-react/icon';
import type { Locale } from '@casmooc/domain';
import { shellState } from '../state/shell-state';
import { useT } from '../exposed/locale';
import { LOCALE_NAMES, shellMessages } from '../locale';

/**
 * The sign-in page's language switch: the browser's own select (a screen
 * reader hears a list of languages; arrows and Enter work as everywhere),
 * which weighs nothing, where the portal's header uses Arco's. The choice
 * is remembered in the browser and saved to the account at sign-in.
 */
export const LanguageSelect = observer(function LanguageSelect() {
  const { locale } = shellState();
  const t = useT(shellMessages);
  return (
    <label className="sign-in__language">
      <IconLanguage aria-hidden />
      <select aria-label={t('header.localeCurrent', { name: LOCALE_NAMES[locale.locale] })} value={locale.locale} onChange={(e) => locale.setLocale(e.target.value as Locale)}>
        {(Object.keys(LOCALE_NAMES) as Locale[]).map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
});
