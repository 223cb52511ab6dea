import type { Request } from 'express';
import { localeFromAcceptLanguage, type Locale } from '@casmooc/domain';

export function requestLocale(req: Request): Locale {
  return localeFromAcceptLanguage(req.headers['accept-language']);
}
