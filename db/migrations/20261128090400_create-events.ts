import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable('events')) return;
  await knex.schema.createTable('events', (t) => {
    t.bigIncrements('id');
    t.string('type', 64).notNullable();
    t.string('org_path', 255).notNullable();
    t.string('subject', 128).notNullable();
    // Text, not JSON: MariaDB stores JSON as text anyway and SQLite has no type.
    t.text('payload').notNullable();
    t.integer('actor_id').unsigned().nullable().references('id').inTable('users');
    t.timestamp('created_at').notNullable().defaultTo(knex.fn.now());
    t.index(['org_path']);
    t.index(['subject']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('events');
}
