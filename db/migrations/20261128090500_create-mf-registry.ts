import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable('mf_registry')) return;
  await knex.schema.createTable('mf_registry', (t) => {
    t.string('name', 40).primary();
    t.string('url', 500).notNullable();
    t.string('version', 40).notNullable();
    t.timestamp('updated_at').notNullable().defaultTo(knex.fn.now());
    t.integer('updated_by').unsigned().nullable().references('id').inTable('users');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('mf_registry');
}
