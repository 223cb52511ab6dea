/**
 * Decimal places the columns keep: 学时 are stored as DECIMAL(8,1) and
 * money as DECIMAL(14,2). The API refuses more places than that, so what a
 * user sends is what the database gives back (MySQL would round 12.25 to
 * 12.3 without a word; SQLite would keep it: the dialects must agree).
 */
export const HOURS_DECIMALS = 1;
export const MONEY_DECIMALS = 2;

/** True when `value` has at most `places` decimal places (within floating-point noise). */
export function hasAtMostDecimals(value: number, places: number): boolean {
  const scaled = value * 10 ** places;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}
