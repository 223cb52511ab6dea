import { dialectOf, type Db } from './connection';

/**
 * Gives the query planner row statistics. Without them SQLite picks poor
 * plans for searches over many indexes (it walked 70 000 staff to answer a
 * pinyin prefix); MySQL keeps its own, but a bulk load deserves a refresh.
 */
export async function updateStatistics(db: Db): Promise<void> {
  if (dialectOf(db) === 'sqlite') await db.raw('ANALYZE');
  else await db.raw('ANALYZE TABLE orgs, staff, staff_name_tails, plans');
}
