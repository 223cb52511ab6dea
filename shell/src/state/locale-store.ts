import { makeAutoObservable } from 'mobx';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@casmooc/domain';

const STORAGE_KEY = 'casmooc.locale';

/** zh-CN first; the user's switch is remembered in the browser and on their account. */
export class LocaleStore {
  locale: Locale;

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null) {
    const saved = storage?.getItem(STORAGE_KEY) as Locale | null;
    this.locale = saved && LOCALES.includes(saved) ? saved : DEFAULT_LOCALE;
    makeAutoObservable<LocaleStore, 'storage'>(this, { storage: false });
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    this.storage?.setItem(STORAGE_KEY, locale);
  }
}
