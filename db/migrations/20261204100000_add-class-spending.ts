import type { Knex } from 'knex';

/** T-7: what a class actually cost (实际支出, yuan), recorded after it took place; empty until then. */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasColumn('training_classes', 'spent')) return;
  await knex.schema.alterTable('training_classes', (t) => {
    t.decimal('spent', 14, 2).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasColumn('training_classes', 'spent'))) return;
  await knex.schema.alterTable('training_classes', (t) => t.dropColumn('spent'));
}
