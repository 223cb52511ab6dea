import { z } from 'zod';
import { localisedIssue } from '../i18n/issue';
import type { Label } from '../i18n/locale';
import { creditHoursSchema, daysSchema, headcountSchema, moneySchema } from '../numbers/fields';
import { PLAN_CATEGORIES } from '../plans/enums';
import { PHONE_PATTERN } from '../plans/patterns';
import { HOURS_CATEGORIES, TRAINING_MODES, VISIBILITIES } from './class-enums';

/** A moment as the class form and the manual write it, in the Academy's time: `2026-11-01 09:00`. */
export const CLASS_TIME_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]) ([01]\d|2[0-3]):[0-5]\d$/;
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A training day counts this many 学时 at most (a day of teaching, evening sessions included). */
export const MAX_HOURS_PER_DAY = 12;

const time = z.string().trim().regex(CLASS_TIME_PATTERN);
const count = z.number().int().min(0).max(100_000);
const hours = creditHoursSchema;

/** Calendar days from one class time to another, both days counted (2026-11-01 … 2026-11-03 is 3). */
export function spannedDays(startAt: string, endAt: string): number {
  const day = (t: string) => Date.UTC(Number(t.slice(0, 4)), Number(t.slice(5, 7)) - 1, Number(t.slice(8, 10)));
  return Math.round((day(endAt) - day(startAt)) / 86_400_000) + 1;
}

/** The fields of the manual's 培训项目基本信息表 and 报名与证书 a manager fills in (SPEC §3). */
export const classInputSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    mode: z.enum(TRAINING_MODES),
    category: z.enum(PLAN_CATEGORIES),
    startAt: time,
    endAt: time,
    hours,
    days: daysSchema,
    headcount: headcountSchema,
    researchCount: count,
    managementCount: count,
    supportCount: count,
    externalCount: count,
    staffCount: count,
    budget: moneySchema,
    organiser: z.string().trim().min(1).max(100),
    contactName: z.string().trim().min(1).max(50),
    contactPhone: z.string().trim().regex(PHONE_PATTERN),
    contactEmail: z.string().trim().max(128).regex(EMAIL_PATTERN),
    visibility: z.enum(VISIBILITIES),
    registrationOpen: z.boolean(),
    registrationApproval: z.boolean(),
    registrationFrom: time.nullable(),
    registrationTo: time.nullable(),
    hoursCategory: z.enum(HOURS_CATEGORIES),
    /** With a split (T-8): the 公需科目 part; the rest is 专业科目. */
    generalHours: hours.nullable(),
  })
  .superRefine((c, ctx) => {
    const problem = (path: string, label: Label) => ctx.addIssue({ code: 'custom', path: [path], ...localisedIssue(label) });
    if (c.endAt < c.startAt) problem('endAt', { 'zh-CN': '结束时间不能早于开始时间', 'en-US': 'The class cannot end before it starts' });
    else {
      const span = spannedDays(c.startAt, c.endAt);
      if (c.days > span) problem('days', { 'zh-CN': `天数不能超过开始至结束的 ${span} 天`, 'en-US': `The class spans ${span} days from start to end` });
    }
    if (c.hours > c.days * MAX_HOURS_PER_DAY) {
      problem('hours', { 'zh-CN': `${c.days} 天的培训最多 ${c.days * MAX_HOURS_PER_DAY} 学时`, 'en-US': `${c.days} days carry at most ${c.days * MAX_HOURS_PER_DAY} credit hours` });
    }
    const participants = c.researchCount + c.managementCount + c.supportCount + c.externalCount;
    if (participants > c.headcount) {
      problem('headcount', {
        'zh-CN': `科研岗、管理岗、支撑岗与校外参训人数合计 ${participants} 人，超过计划参加人数`,
        'en-US': `Research, management, support and external places add up to ${participants}, more than the planned headcount`,
      });
    }
    if (c.registrationOpen) {
      if (!c.registrationFrom) problem('registrationFrom', { 'zh-CN': '允许报名时须填写报名开始时间', 'en-US': 'Registration needs a start' });
      if (!c.registrationTo) problem('registrationTo', { 'zh-CN': '允许报名时须填写报名结束时间', 'en-US': 'Registration needs an end' });
      if (c.visibility === 'private') problem('visibility', { 'zh-CN': '不公开的培训不能报名，请选择公开范围', 'en-US': 'A class that is not open takes no registrations: choose who may see it' });
    }
    if (c.registrationFrom && c.registrationTo && c.registrationTo < c.registrationFrom) {
      problem('registrationTo', { 'zh-CN': '报名结束时间不能早于报名开始时间', 'en-US': 'Registration cannot close before it opens' });
    }
    if (c.registrationTo && c.registrationTo > c.startAt) {
      problem('registrationTo', { 'zh-CN': '报名须在培训开始前截止', 'en-US': 'Registration must close before the class starts' });
    }
    if (c.hoursCategory === 'split') {
      if (c.generalHours === null) problem('generalHours', { 'zh-CN': '分列时须填写公需科目学时', 'en-US': 'A split needs the general hours' });
      else if (c.generalHours >= c.hours) problem('generalHours', { 'zh-CN': '公需科目学时须少于总学时', 'en-US': 'General hours must be fewer than the total' });
    }
  });
export type ClassInput = z.infer<typeof classInputSchema>;

/** The fields of a class, in the form's order: what a submission's snapshot keeps. */
export const CLASS_INPUT_FIELDS = Object.keys(classInputSchema.shape) as ReadonlyArray<keyof ClassInput>;

/** 暂存: the class as edited, based on the version the user saw. 实施 saves it too, then implements. */
export const saveClassSchema = z.strictObject({ version: z.number().int().min(1), class: classInputSchema });
export const classVersionSchema = z.strictObject({ version: z.number().int().min(1) });
/** T-7: 实际支出 as recorded after the class (null clears it), at the version read. */
export const classSpendingSchema = z.strictObject({ version: z.number().int().min(1), spent: moneySchema.nullable() });

const pad = (n: number) => String(n).padStart(2, '0');

/** A class's first times, from its plan: its days from the first of the plan's month, 09:00 to 17:00 (T-1). */
export function classTimesFromPlan(month: string, days: number): { startAt: string; endAt: string } {
  const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, days));
  return { startAt: `${month}-01 09:00`, endAt: `${last.getUTCFullYear()}-${pad(last.getUTCMonth() + 1)}-${pad(last.getUTCDate())} 17:00` };
}
