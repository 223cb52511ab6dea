import type { Knex } from 'knex';

/** 通讯录: each user's own contact groups of staff members. */
export async function up(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable('contact_groups'))) {
    await knex.schema.createTable('contact_groups', (t) => {
      t.increments('id');
      t.integer('owner_id').unsigned().notNullable().references('id').inTable('users').onDelete('CASCADE');
      t.string('name', 50).notNullable();
      t.timestamp('created_at').notNullable().defaultTo(knex.fn.now());
      t.unique(['owner_id', 'name']);
    });
  }
  if (!(await knex.schema.hasTable('contact_group_members'))) {
    await knex.schema.createTable('contact_group_members', (t) => {
      t.integer('group_id').unsigned().notNullable().references('id').inTable('contact_groups').onDelete('CASCADE');
      t.integer('staff_id').unsigned().notNullable().references('id').inTable('staff').onDelete('CASCADE');
      t.timestamp('added_at').notNullable().defaultTo(knex.fn.now());
      t.primary(['group_id', 'staff_id']);
      t.index(['staff_id']);
    });
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('contact_group_members');
  await knex.schema.dropTableIfExists('contact_groups');
}
