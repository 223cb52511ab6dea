import { z } from 'zod';
import { localisedIssue } from '../i18n/issue';
import { hasAtMostDecimals, HOURS_DECIMALS, MONEY_DECIMALS } from './precision';

/** The bounds of a plan's (a class's, a template's) numbers: the schemas check them, the forms' inputs say them. */
export const NUMBER_LIMITS = { hours: 10_000, days: 366, headcount: 100_000, budget: 1_000_000_000 } as const;

/** 天数: whole days within a year. */
export const daysSchema = z.number().int().positive().max(NUMBER_LIMITS.days);

/** 人数: whole people. */
export const headcountSchema = z.number().int().positive().max(NUMBER_LIMITS.headcount);

const hoursPrecision = localisedIssue({ 'zh-CN': '学时最多保留一位小数', 'en-US': 'Credit hours take at most one decimal place' });

/** 学时 as the API takes them: positive, bounded, no more decimal places than the column keeps. */
export const creditHoursSchema = z
  .number()
  .positive()
  .max(NUMBER_LIMITS.hours)
  .refine((v) => hasAtMostDecimals(v, HOURS_DECIMALS), hoursPrecision);

/** A part of some 学时 (the 公需科目 part of a correction), which may be none. */
export const hoursPartSchema = z
  .number()
  .min(0)
  .max(NUMBER_LIMITS.hours)
  .refine((v) => hasAtMostDecimals(v, HOURS_DECIMALS), hoursPrecision);

/** 经费 in yuan: not negative, bounded, to the fen. */
export const moneySchema = z
  .number()
  .min(0)
  .max(NUMBER_LIMITS.budget)
  .refine((v) => hasAtMostDecimals(v, MONEY_DECIMALS), localisedIssue({ 'zh-CN': '经费最多精确到分（两位小数）', 'en-US': 'The budget takes at most two decimal places' }));
