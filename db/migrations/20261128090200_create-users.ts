import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable('users'))) {
    await knex.schema.createTable('users', (t) => {
      t.increments('id');
      t.string('username', 64).notNullable().unique();
      t.string('password_hash', 100).notNullable();
      t.string('display_name', 64).notNullable();
      t.integer('staff_id').unsigned().nullable().references('id').inTable('staff');
      t.string('locale', 5).notNullable().defaultTo('zh-CN');
      t.timestamp('created_at').notNullable().defaultTo(knex.fn.now());
    });
  }
  if (!(await knex.schema.hasTable('role_grants'))) {
    await knex.schema.createTable('role_grants', (t) => {
      t.increments('id');
      t.integer('user_id').unsigned().notNullable().references('id').inTable('users').onDelete('CASCADE');
      t.string('role', 32).notNullable();
      t.integer('org_id').unsigned().notNullable().references('id').inTable('orgs');
      t.unique(['user_id', 'role', 'org_id']);
    });
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('role_grants');
  await knex.schema.dropTableIfExists('users');
}
