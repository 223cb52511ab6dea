import type { CSSProperties, ReactNode } from 'react';

/**
 * A search form's fields in as many columns as the form's width holds,
 * none narrower than `minWidth`: a list beside an org tree at 1024 px gets
 * two readable columns instead of four squeezed ones. The last child (the
 * 查询 / 重置 buttons) sits in the last column.
 */
export function FilterGrid({ minWidth = 240, children }: { minWidth?: number; children: ReactNode }) {
  return <div style={{ display: 'grid', gridTemplateColumns: `repeat(auto-fill, minmax(${minWidth}px, 1fr))`, columnGap: 16 }}>{children}</div>;
}

/**
 * A field that needs more room than one column (a date range): it takes a
 * row of its own, however many columns the grid has (a span of two would
 * add a stray column where only one fits).
 */
export const WIDE_FILTER: CSSProperties = { gridColumn: '1 / -1' };

/** Where a FilterGrid's buttons go: its last column. */
export const FILTER_ACTIONS: CSSProperties = { gridColumn: '-2 / -1' };
