import type { Knex } from 'knex';

/** Every filter of the plan list, after the org and the year: a count of any filtered subtree is read from the index alone. */
const FILTER_COLUMNS = ['org_id', 'year', 'category', 'approval_state', 'published', 'implemented', 'revoked', 'plan_type', 'kind'];

/**
 * Indexes for plans at academy scale (100 000 and more):
 * - the list's order (newest year first, then month, then id), so a page
 *   is read in order and the walk stops after a page instead of sorting a
 *   whole year; descending keys need raw SQL (SQLite, MariaDB ≥ 10.8 and
 *   MySQL 8 take them);
 * - the filters, covering, replacing the narrower (org_id, year) index.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('create index plans_list_order on plans (year desc, month, id)');
  await knex.schema.alterTable('plans', (t) => t.index(FILTER_COLUMNS, 'plans_scope_filters'));
  // The foreign key on org_id is served by the new index from here on.
  await knex.schema.alterTable('plans', (t) => t.dropIndex(['org_id', 'year']));
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('plans', (t) => {
    t.index(['org_id', 'year']);
    t.dropIndex(FILTER_COLUMNS, 'plans_scope_filters');
    t.dropIndex([], 'plans_list_order');
  });
}
