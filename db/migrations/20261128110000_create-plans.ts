import type { Knex } from 'knex';

/** Training plans (SPEC §2): the fields a manager fills in and one column per state. */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable('plans')) return;
  await knex.schema.createTable('plans', (t) => {
    t.increments('id');
    t.integer('org_id').unsigned().notNullable().references('id').inTable('orgs');
    t.integer('creator_id').unsigned().notNullable().references('id').inTable('users');
    t.string('name', 100).notNullable();
    t.string('kind', 16).notNullable();
    t.string('plan_type', 16).notNullable();
    t.integer('year').notNullable();
    t.string('month', 7).notNullable();
    t.string('category', 32).notNullable();
    t.decimal('hours', 8, 1).notNullable();
    t.integer('days').notNullable();
    t.integer('headcount').notNullable();
    t.decimal('budget', 14, 2).notNullable();
    t.string('organiser', 100).notNullable();
    t.string('location', 16).notNullable();
    t.string('address', 200).notNullable().defaultTo('');
    t.string('contact_name', 50).notNullable();
    t.string('contact_phone', 32).notNullable();
    t.boolean('funding_requested').notNullable().defaultTo(false);
    t.string('quality', 24).notNullable().defaultTo('standard');
    t.boolean('tech_support').notNullable().defaultTo(false);
    t.text('materials').notNullable();
    t.string('edit_state', 16).notNullable();
    t.string('approval_state', 16).notNullable();
    t.boolean('published').notNullable().defaultTo(false);
    t.boolean('implemented').notNullable().defaultTo(false);
    t.boolean('revoked').notNullable().defaultTo(false);
    t.string('revoke_reason', 500).nullable();
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at').notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at').notNullable().defaultTo(knex.fn.now());
    t.index(['org_id', 'year']);
    t.index(['year', 'plan_type']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('plans');
}
