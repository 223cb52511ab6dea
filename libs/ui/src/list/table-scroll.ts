/**
 * A table's sideways scroll (`scroll.x`), only while it has rows. Empty, its
 * header alone would scroll at 1024 px: a region with nothing in it a
 * keyboard can reach (axe: scrollable-region-focusable) and nothing to
 * scroll to. With rows, the portal's lists carry their actions in them;
 * the public list has none, and fits at 1024 px without the menu.
 */
export const scrollWhenRows = (width: number, rows: readonly unknown[]): { x: number } | undefined => (rows.length ? { x: width } : undefined);
