import type { Knex } from 'knex';

/**
 * Attachments of 培训通知 (T-5), kept as plan attachments are (bytes in the
 * database, served only through the access-checked API). A file is
 * uploaded while the notice is written (`notice_id` empty, its uploader's
 * and class's) and belongs to the notice once it is sent.
 */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable('notice_attachments')) return;
  const mysql = knex.client.config.client === 'mysql2';
  await knex.schema.createTable('notice_attachments', (t) => {
    t.increments('id');
    t.integer('class_id').unsigned().notNullable().references('id').inTable('training_classes').onDelete('CASCADE');
    t.integer('notice_id').unsigned().nullable().references('id').inTable('class_notices').onDelete('CASCADE');
    t.string('name', 200).notNullable();
    t.string('mime', 100).notNullable();
    t.integer('size').notNullable();
    // MySQL's BLOB stops at 64 KB; MEDIUMBLOB holds 16 MB.
    if (mysql) t.specificType('content', 'mediumblob').notNullable();
    else t.binary('content').notNullable();
    t.integer('uploaded_by').unsigned().notNullable().references('id').inTable('users');
    t.timestamp('uploaded_at').notNullable().defaultTo(knex.fn.now());
    t.index(['notice_id']);
    t.index(['class_id', 'uploaded_by']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('notice_attachments');
}
