import type { Knex } from 'knex';

/**
 * P-6: the Academy's own priority across every institute's funded annual
 * plans (1 = first), kept apart from `funding_rank`, which is the
 * institute's order and only the institute's admins change; null until the
 * Academy ranks the plan.
 */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasColumn('plans', 'academy_funding_rank')) return;
  await knex.schema.alterTable('plans', (t) => {
    t.integer('academy_funding_rank').nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasColumn('plans', 'academy_funding_rank'))) return;
  await knex.schema.alterTable('plans', (t) => t.dropColumn('academy_funding_rank'));
}
