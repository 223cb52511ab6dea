import type { Knex } from 'knex';

/** The name, then every filter of the plan list and the org: a count of plans whose name contains a text reads this index alone. */
const COLUMNS = ['name', 'org_id', 'year', 'category', 'approval_state', 'published', 'implemented', 'revoked', 'plan_type', 'kind'];

/**
 * A name search ("contains", so no index can seek it) counted its matches
 * academy-wide by reading every plan's whole row: ~170 ms on SQLite and
 * ~320 ms on MariaDB at 100 000 plans, for a list page that itself takes
 * 1–2 ms. Walking this narrow index instead takes ~20 ms and ~60 ms. It
 * leads with the name so that no planner takes it for the org join of
 * the other lists (SQLite's did, for one leading with org_id: a year's
 * page went from 1 ms to 90 ms); the count asks for it by name.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('plans', (t) => t.index(COLUMNS, 'plans_name_scope'));
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('plans', (t) => t.dropIndex(COLUMNS, 'plans_name_scope'));
}
