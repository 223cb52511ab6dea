import type { Knex } from 'knex';

/**
 * Private calendar feeds (T-4 calendar): one per user at most. Only the
 * token's SHA-256 is kept; the URL with the token is shown once when the
 * feed is turned on (or renewed), and deleting the row revokes it.
 */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable('calendar_feeds')) return;
  await knex.schema.createTable('calendar_feeds', (t) => {
    t.integer('user_id').unsigned().notNullable().primary().references('id').inTable('users').onDelete('CASCADE');
    t.string('token_hash', 64).notNullable().unique();
    t.timestamp('created_at').notNullable().defaultTo(knex.fn.now());
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('calendar_feeds');
}
