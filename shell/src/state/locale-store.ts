import { makeAutoObservable, reaction } from 'mobx';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@casmooc/domain';

const STORAGE_KEY = 'casmooc.locale';

/** zh-CN first; the user's switch is remembered in the browser and on their account. */
export class LocaleStore {
  locale: Locale;
  /** Whether this browser has a choice of its own (made now or remembered). */
  chosen: boolean;

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null) {
    const saved = storage?.getItem(STORAGE_KEY) as Locale | null;
    this.chosen = Boolean(saved && LOCALES.includes(saved));
    this.locale = this.chosen ? saved! : DEFAULT_LOCALE;
    makeAutoObservable<LocaleStore, 'storage'>(this, { storage: false });
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    this.chosen = true;
    this.storage?.setItem(STORAGE_KEY, locale);
  }

  /** The account's language applies where this browser has no choice yet. */
  adopt(locale: Locale): void {
    if (!this.chosen) this.locale = locale;
  }
}

/**
 * At sign-in: a language chosen in this browser (on the login page, say)
 * wins and is saved to the account; otherwise the account's language applies.
 */
export async function syncLocaleOnSignIn(
  locale: LocaleStore,
  account: Locale,
  save: (preferences: { locale: Locale }) => Promise<void>,
): Promise<void> {
  if (!locale.chosen) locale.adopt(account);
  else if (locale.locale !== account) await save({ locale: locale.locale });
}

/** Keeps the page's `lang` on the language in use (screen readers read by it); returns the disposer. */
export function followLocaleInDocument(locale: LocaleStore, onChange: (current: Locale) => void = () => undefined): () => void {
  return reaction(
    () => locale.locale,
    (current) => {
      document.documentElement.lang = current;
      onChange(current);
    },
    { fireImmediately: true },
  );
}
