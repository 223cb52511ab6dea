import type { Knex } from 'knex';

/**
 * The approval engine's rounds: one per submission of a subject (a plan,
 * later a training class), with the chain of orgs computed at submit and
 * the level reached. A resubmission starts a new round; old ones stay.
 */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable('approval_rounds')) return;
  await knex.schema.createTable('approval_rounds', (t) => {
    t.increments('id');
    t.string('subject_type', 16).notNullable();
    t.integer('subject_id').unsigned().notNullable();
    t.integer('round').notNullable();
    // JSON array of org ids, bottom up. Text: MariaDB stores JSON as text anyway.
    t.text('chain').notNullable();
    t.integer('step').notNullable().defaultTo(0);
    t.string('state', 16).notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at').notNullable().defaultTo(knex.fn.now());
    t.unique(['subject_type', 'subject_id', 'round']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('approval_rounds');
}
