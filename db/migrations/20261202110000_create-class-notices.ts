import type { Knex } from 'knex';

/**
 * 培训通知 (SPEC T-5): a class's notices, and one receipt per recipient
 * (sent, read, acknowledged). A receipt has its own id: it is what a
 * person's inbox lists and opens. `user_id` is the recipient's account
 * when they have one (someone without an account is sent it, not told).
 */
export async function up(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable('class_notices'))) {
    await knex.schema.createTable('class_notices', (t) => {
      t.increments('id');
      t.integer('class_id').unsigned().notNullable().references('id').inTable('training_classes').onDelete('CASCADE');
      t.string('title', 100).notNullable();
      t.text('body').notNullable();
      t.boolean('ask_ack').notNullable().defaultTo(false);
      t.integer('created_by').unsigned().notNullable().references('id').inTable('users');
      t.timestamp('created_at').notNullable().defaultTo(knex.fn.now());
      t.timestamp('last_reminded_at').nullable();
      t.integer('reminders').notNullable().defaultTo(0);
      t.index(['class_id', 'id']);
    });
  }
  if (!(await knex.schema.hasTable('notice_receipts'))) {
    await knex.schema.createTable('notice_receipts', (t) => {
      t.increments('id');
      t.integer('notice_id').unsigned().notNullable().references('id').inTable('class_notices').onDelete('CASCADE');
      t.integer('staff_id').unsigned().notNullable().references('id').inTable('staff');
      t.integer('user_id').unsigned().nullable().references('id').inTable('users');
      t.timestamp('sent_at').notNullable().defaultTo(knex.fn.now());
      t.timestamp('read_at').nullable();
      t.timestamp('acknowledged_at').nullable();
      t.unique(['notice_id', 'staff_id']);
      t.index(['user_id', 'id']);
    });
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('notice_receipts');
  await knex.schema.dropTableIfExists('class_notices');
}
