import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable('staff')) return;
  await knex.schema.createTable('staff', (t) => {
    t.increments('id');
    t.string('name', 64).notNullable();
    t.string('employee_no', 32).notNullable().unique();
    t.integer('org_id').unsigned().notNullable().references('id').inTable('orgs');
    t.string('post_type', 16).notNullable();
    t.string('phone', 32).nullable();
    t.string('email', 128).nullable();
    t.index(['org_id']);
    t.index(['name']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('staff');
}
