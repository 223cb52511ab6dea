import type { Knex } from 'knex';

/** 资助计划筛选: the institute admin's priority order of its funded annual plans (1 = first); null until ranked. */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasColumn('plans', 'funding_rank')) return;
  await knex.schema.alterTable('plans', (t) => {
    t.integer('funding_rank').nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('plans', (t) => t.dropColumn('funding_rank'));
}
