/**
 * A table's sideways scroll (`scroll.x`), only while it has rows. Empty, its
 * header alone would scroll at 1024 px: a region with nothing in it a
 * keyboard can reach (axe: scrollable-region-focusable) and nothing to
 * scroll to. Each row carries its actions, so a table with rows has both.
 */
export const scrollWhenRows = (width: number, rows: readonly unknown[]): { x: number } | undefined => (rows.length ? { x: width } : undefined);
