import { LocaleStore, syncLocaleOnSignIn } from './locale-store';

const memoryStorage = (initial: Record<string, string> = {}) => {
  const data = { ...initial };
  return { getItem: (k: string) => data[k] ?? null, setItem: (k: string, v: string) => void (data[k] = v), data };
};

describe('LocaleStore', () => {
  it('is Chinese until someone chooses otherwise', () => {
    expect(new LocaleStore(memoryStorage()).locale).toBe('zh-CN');
  });

  it('remembers the browser’s choice', () => {
    const storage = memoryStorage();
    new LocaleStore(storage).setLocale('en-US');
    expect(new LocaleStore(storage).locale).toBe('en-US');
  });

  it('ignores a remembered value that is not a locale', () => {
    expect(new LocaleStore(memoryStorage({ 'casmooc.locale': 'xx' })).locale).toBe('zh-CN');
  });
});

describe('syncLocaleOnSignIn', () => {
  it('saves a language chosen on the login page to the account', async () => {
    const store = new LocaleStore(memoryStorage());
    store.setLocale('en-US');
    const save = jest.fn(async () => undefined);
    await syncLocaleOnSignIn(store, 'zh-CN', save);
    expect(store.locale).toBe('en-US');
    expect(save).toHaveBeenCalledWith({ locale: 'en-US' });
  });

  it('applies the account’s language in a browser that has no choice', async () => {
    const store = new LocaleStore(memoryStorage());
    const save = jest.fn(async () => undefined);
    await syncLocaleOnSignIn(store, 'en-US', save);
    expect(store.locale).toBe('en-US');
    expect(save).not.toHaveBeenCalled();
  });

  it('saves nothing when browser and account agree', async () => {
    const store = new LocaleStore(memoryStorage({ 'casmooc.locale': 'zh-CN' }));
    const save = jest.fn(async () => undefined);
    await syncLocaleOnSignIn(store, 'zh-CN', save);
    expect(save).not.toHaveBeenCalled();
  });
});
