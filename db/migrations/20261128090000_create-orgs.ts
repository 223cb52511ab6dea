import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable('orgs')) return;
  await knex.schema.createTable('orgs', (t) => {
    t.increments('id');
    t.integer('parent_id').unsigned().nullable().references('id').inTable('orgs');
    t.string('name', 100).notNullable();
    t.integer('level').notNullable();
    // '/1/7/23/': the ids from the root down, so a subtree is a prefix match.
    t.string('path', 255).notNullable().unique();
    t.integer('sort').notNullable().defaultTo(0);
    t.index(['parent_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('orgs');
}
