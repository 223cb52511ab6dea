import type { Knex } from 'knex';

/**
 * 报名 (SPEC T-4): one row per person and class. `queue_no` orders the
 * queue (taken under the class's row lock, so it is unique and increasing
 * within a class, and a person who registers again queues at the end);
 * `post_type` is the person's post type when they registered, which the
 * quotas count. `user_id` is the account that registered: the person is
 * told there when a manager decides or a seat frees.
 */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable('class_registrations')) return;
  await knex.schema.createTable('class_registrations', (t) => {
    t.increments('id');
    t.integer('class_id').unsigned().notNullable().references('id').inTable('training_classes').onDelete('CASCADE');
    t.integer('staff_id').unsigned().notNullable().references('id').inTable('staff');
    t.integer('user_id').unsigned().notNullable().references('id').inTable('users');
    t.string('post_type', 16).notNullable();
    t.string('state', 16).notNullable();
    t.integer('queue_no').notNullable();
    t.timestamp('registered_at').notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at').notNullable().defaultTo(knex.fn.now());
    t.timestamp('decided_at').nullable();
    t.integer('decided_by').unsigned().nullable().references('id').inTable('users');
    t.string('reason', 200).notNullable().defaultTo('');
    t.integer('version').notNullable().defaultTo(1);
    t.unique(['class_id', 'staff_id']);
    t.index(['class_id', 'state', 'queue_no']);
    t.index(['staff_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('class_registrations');
}
