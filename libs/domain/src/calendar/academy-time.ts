/**
 * The Academy's calendar: years, reporting periods and dates follow China
 * time, whatever the time zone of a server or a browser. At 2026-12-31
 * 17:00 UTC it is already 2027 in Beijing: annual plans are for 2028, and
 * the year pickers offer 2027 as this year. The BFF and every UI read
 * "this year" and "today" here.
 */
export const ACADEMY_TIME_ZONE = 'Asia/Shanghai';

const CALENDAR = new Intl.DateTimeFormat('en-CA', { timeZone: ACADEMY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

const MINUTE = new Intl.DateTimeFormat('en-CA', { timeZone: ACADEMY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Now in the Academy as a class's times are written: `YYYY-MM-DD HH:mm`. */
export function academyMinute(now: Date = new Date()): string {
  const part = Object.fromEntries(MINUTE.formatToParts(now).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

/** Today in the Academy, as YYYY-MM-DD. */
export function academyDate(now: Date = new Date()): string {
  return CALENDAR.format(now);
}

/** This year in the Academy. */
export function academyYear(now: Date = new Date()): number {
  return Number(academyDate(now).slice(0, 4));
}

/** Today's MM-DD in the Academy (for reporting periods such as 10-01 … 12-15). */
export function academyMonthDay(now: Date = new Date()): string {
  return academyDate(now).slice(5);
}

/** The moment a day (YYYY-MM-DD) begins in the Academy. */
export function academyDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** The years a year picker offers: next year, this year and `past` years before it. */
export function yearChoices(past: number, now: Date = new Date()): number[] {
  const year = academyYear(now);
  return Array.from({ length: past + 2 }, (_, i) => year + 1 - i);
}

const DATE_TEXT = new Intl.DateTimeFormat('zh-CN', { timeZone: ACADEMY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const TIME_TEXT = new Intl.DateTimeFormat('zh-CN', { timeZone: ACADEMY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/** A moment as a date people read (2026/11/28), in the Academy's time. */
export function academyDateText(iso: string): string {
  return DATE_TEXT.format(new Date(iso));
}

/** A moment as date and time people read (2026/11/28 18:00), in the Academy's time. */
export function academyTimeText(iso: string): string {
  return TIME_TEXT.format(new Date(iso));
}
