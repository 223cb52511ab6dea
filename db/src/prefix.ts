import type { Knex } from 'knex';

/** The smallest string greater than every string that starts with `prefix`. */
export function prefixSuccessor(prefix: string): string {
  const last = prefix.codePointAt(prefix.length - 1)!;
  return prefix.slice(0, -1) + String.fromCodePoint(last + 1);
}

/**
 * `column` starts with `prefix`, as an index range. SQLite's LIKE uses an
 * index only under NOCASE collation, so `LIKE 'x%'` would scan the table;
 * a range is served from the column's index in both dialects. The stored
 * values and the prefix must be in the same case.
 */
export function startsWith(query: Knex.QueryBuilder, column: string, prefix: string): Knex.QueryBuilder {
  return query.where(column, '>=', prefix).andWhere(column, '<', prefixSuccessor(prefix));
}

/** A LIKE pattern that finds `text` anywhere, its own % and _ taken as plain text (they are dropped). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[%_\\]/g, '')}%`;
}
