import type { Knex } from 'knex';

/**
 * H-1: the evidence of an external activity in the ledger (a certificate
 * scanned, the organiser's letter), kept as plan attachments are: bytes in
 * the database, served only through the access-checked API. Added to the
 * row it supports, never removed: it is part of the record.
 */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable('hours_evidence')) return;
  const mysql = knex.client.config.client === 'mysql2';
  await knex.schema.createTable('hours_evidence', (t) => {
    t.increments('id');
    t.integer('entry_id').unsigned().notNullable().references('id').inTable('hours_ledger');
    t.string('name', 200).notNullable();
    t.string('mime', 100).notNullable();
    t.integer('size').notNullable();
    // MySQL's BLOB stops at 64 KB; MEDIUMBLOB holds 16 MB.
    if (mysql) t.specificType('content', 'mediumblob').notNullable();
    else t.binary('content').notNullable();
    t.integer('uploaded_by').unsigned().notNullable().references('id').inTable('users');
    t.timestamp('uploaded_at').notNullable().defaultTo(knex.fn.now());
    t.index(['entry_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('hours_evidence');
}
