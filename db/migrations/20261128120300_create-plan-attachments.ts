import type { Knex } from 'knex';

/**
 * Attachments of a plan's funding materials (P-9). The bytes live in the
 * database: outside any web root, shared by every BFF instance, backed up
 * with the plan, and served only through the access-checked API.
 */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable('plan_attachments')) return;
  const mysql = knex.client.config.client === 'mysql2';
  await knex.schema.createTable('plan_attachments', (t) => {
    t.increments('id');
    t.integer('plan_id').unsigned().notNullable().references('id').inTable('plans').onDelete('CASCADE');
    t.string('name', 200).notNullable();
    t.string('mime', 100).notNullable();
    t.integer('size').notNullable();
    // MySQL's BLOB stops at 64 KB; MEDIUMBLOB holds 16 MB.
    if (mysql) t.specificType('content', 'mediumblob').notNullable();
    else t.binary('content').notNullable();
    t.integer('uploaded_by').unsigned().notNullable().references('id').inTable('users');
    t.timestamp('uploaded_at').notNullable().defaultTo(knex.fn.now());
    t.index(['plan_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('plan_attachments');
}
