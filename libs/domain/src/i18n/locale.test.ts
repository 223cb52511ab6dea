import { localeFromAcceptLanguage } from './locale';

describe('localeFromAcceptLanguage', () => {
  it('defaults to Chinese when nothing is asked', () => {
    expect(localeFromAcceptLanguage(undefined)).toBe('zh-CN');
    expect(localeFromAcceptLanguage('')).toBe('zh-CN');
  });

  it('gives English when English comes first', () => {
    expect(localeFromAcceptLanguage('en')).toBe('en-US');
    expect(localeFromAcceptLanguage('en-GB,zh;q=0.8')).toBe('en-US');
  });

  it('keeps Chinese when Chinese comes first', () => {
    expect(localeFromAcceptLanguage('zh-CN,en;q=0.9')).toBe('zh-CN');
  });
});
