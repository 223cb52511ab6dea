import { z } from 'zod';
import { localisedIssue } from '../i18n/issue';
import { hasAtMostDecimals, HOURS_DECIMALS, MONEY_DECIMALS } from './precision';

/** 学时 as the API takes them: positive, bounded, no more decimal places than the column keeps. */
export const creditHoursSchema = z
  .number()
  .positive()
  .max(10_000)
  .refine((v) => hasAtMostDecimals(v, HOURS_DECIMALS), localisedIssue({ 'zh-CN': '学时最多保留一位小数', 'en-US': 'Credit hours take at most one decimal place' }));

/** 经费 in yuan: not negative, bounded, to the fen. */
export const moneySchema = z
  .number()
  .min(0)
  .max(1_000_000_000)
  .refine((v) => hasAtMostDecimals(v, MONEY_DECIMALS), localisedIssue({ 'zh-CN': '经费最多精确到分（两位小数）', 'en-US': 'The budget takes at most two decimal places' }));
