import type { Knex } from 'knex';

/**
 * Training classes (培训班, SPEC §3), one per implemented project plan
 * (T-1), and their attendance (实际参会人员, T-6). A row of
 * `class_attendees` with `confirmed_hours` set is the staff member's
 * continuing-education record: one row per (class, person), so confirming
 * twice can never count twice.
 */
export async function up(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable('training_classes'))) {
    await knex.schema.createTable('training_classes', (t) => {
      t.increments('id');
      t.integer('plan_id').unsigned().notNullable().unique().references('id').inTable('plans');
      t.integer('org_id').unsigned().notNullable().references('id').inTable('orgs');
      t.string('name', 100).notNullable();
      t.integer('year').notNullable();
      t.string('month', 7).notNullable();
      t.string('category', 32).notNullable();
      t.decimal('hours', 8, 1).notNullable();
      t.integer('days').notNullable();
      t.integer('headcount').notNullable();
      t.string('organiser', 100).notNullable();
      t.string('contact_name', 50).notNullable();
      t.string('contact_phone', 32).notNullable();
      t.integer('created_by').unsigned().notNullable().references('id').inTable('users');
      t.timestamp('created_at').notNullable().defaultTo(knex.fn.now());
      t.index(['year', 'id']);
    });
  }
  if (!(await knex.schema.hasTable('class_attendees'))) {
    await knex.schema.createTable('class_attendees', (t) => {
      t.integer('class_id').unsigned().notNullable().references('id').inTable('training_classes').onDelete('CASCADE');
      t.integer('staff_id').unsigned().notNullable().references('id').inTable('staff');
      t.boolean('attended').notNullable().defaultTo(false);
      t.decimal('confirmed_hours', 8, 1).nullable();
      t.timestamp('confirmed_at').nullable();
      t.integer('confirmed_by').unsigned().nullable().references('id').inTable('users');
      t.integer('added_by').unsigned().notNullable().references('id').inTable('users');
      t.timestamp('added_at').notNullable().defaultTo(knex.fn.now());
      t.primary(['class_id', 'staff_id']);
      t.index(['staff_id']);
    });
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('class_attendees');
  await knex.schema.dropTableIfExists('training_classes');
}
