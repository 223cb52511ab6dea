import type { Knex } from 'knex';

/** Settings the academy admin changes (reporting period, funded-plan limit): one JSON value per key. */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable('settings')) return;
  await knex.schema.createTable('settings', (t) => {
    t.string('key', 64).primary();
    t.text('value').notNullable();
    t.timestamp('updated_at').notNullable().defaultTo(knex.fn.now());
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('settings');
}
