import type { Knex } from 'knex';

/**
 * 计划模板 (SPEC §5): the plan fields worth reusing, owned by an org, and
 * the orgs each is shared with (M-2: a share with an org reaches everything
 * below it; a share with the owner's own org is its whole subtree).
 */
export async function up(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable('plan_templates'))) {
    await knex.schema.createTable('plan_templates', (t) => {
      t.increments('id');
      t.integer('org_id').unsigned().notNullable().references('id').inTable('orgs');
      t.integer('creator_id').unsigned().notNullable().references('id').inTable('users');
      t.string('name', 100).notNullable();
      t.string('kind', 16).notNullable();
      t.string('category', 32).notNullable();
      t.integer('quarter').nullable();
      t.decimal('hours', 8, 1).nullable();
      t.integer('days').nullable();
      t.integer('headcount').nullable();
      t.decimal('budget', 14, 2).nullable();
      t.string('organiser', 100).notNullable().defaultTo('');
      t.string('location', 16).notNullable().defaultTo('local');
      t.string('address', 200).notNullable().defaultTo('');
      t.string('contact_name', 50).notNullable().defaultTo('');
      t.string('contact_phone', 32).notNullable().defaultTo('');
      t.text('materials').notNullable();
      t.integer('version').notNullable().defaultTo(1);
      t.timestamp('created_at').notNullable().defaultTo(knex.fn.now());
      t.timestamp('updated_at').notNullable().defaultTo(knex.fn.now());
      t.index(['org_id', 'id']);
    });
  }
  if (!(await knex.schema.hasTable('plan_template_shares'))) {
    await knex.schema.createTable('plan_template_shares', (t) => {
      t.integer('template_id').unsigned().notNullable().references('id').inTable('plan_templates').onDelete('CASCADE');
      t.integer('org_id').unsigned().notNullable().references('id').inTable('orgs');
      t.primary(['template_id', 'org_id']);
      t.index(['org_id']);
    });
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('plan_template_shares');
  await knex.schema.dropTableIfExists('plan_templates');
}
