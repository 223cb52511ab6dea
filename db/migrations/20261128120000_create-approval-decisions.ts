import type { Knex } from 'knex';

/**
 * The approval engine's history and its queues. Each round keeps a
 * snapshot of what was submitted (for the diff of a resubmission) and the
 * facts the lists filter on, so the engine needs no join to its subjects.
 * A decision is one immutable row; one per level of a round, enforced by
 * a unique key (A-4: a second decision on a level can never be written).
 */
export async function up(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasColumn('approval_rounds', 'snapshot'))) {
    await knex.schema.alterTable('approval_rounds', (t) => {
      t.text('snapshot').nullable();
      t.integer('subject_org_id').unsigned().nullable().references('id').inTable('orgs');
      t.string('title', 200).notNullable().defaultTo('');
      t.integer('year').notNullable().defaultTo(0);
      t.string('subject_kind', 32).notNullable().defaultTo('');
      // When it takes place and whom to ask, as the lists show them (培训时间, 联系人).
      t.string('subject_when', 32).notNullable().defaultTo('');
      t.string('subject_contact', 50).notNullable().defaultTo('');
      t.string('funding_level', 16).notNullable().defaultTo('normal');
      t.integer('submitted_by').unsigned().nullable().references('id').inTable('users');
      // The subject's creator, who may never decide on it.
      t.integer('creator_id').unsigned().nullable().references('id').inTable('users');
      // The org whose decision is awaited; null once the round has ended.
      t.integer('current_org_id').unsigned().nullable();
      t.timestamp('updated_at').notNullable().defaultTo(knex.fn.now());
      t.index(['current_org_id', 'subject_type', 'state'], 'approval_rounds_queue');
    });
  }
  if (await knex.schema.hasTable('approval_decisions')) return;
  await knex.schema.createTable('approval_decisions', (t) => {
    t.increments('id');
    t.integer('round_id').unsigned().notNullable().references('id').inTable('approval_rounds');
    t.integer('step').notNullable();
    t.integer('org_id').unsigned().notNullable().references('id').inTable('orgs');
    t.integer('decider_id').unsigned().notNullable().references('id').inTable('users');
    t.string('verdict', 16).notNullable();
    t.string('funding', 16).nullable();
    t.string('comment', 500).notNullable().defaultTo('');
    t.timestamp('decided_at').notNullable().defaultTo(knex.fn.now());
    t.unique(['round_id', 'step']);
    t.index(['decider_id', 'decided_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('approval_decisions');
  await knex.schema.alterTable('approval_rounds', (t) => {
    t.dropIndex(['current_org_id', 'subject_type', 'state'], 'approval_rounds_queue');
    t.dropForeign(['subject_org_id']);
    t.dropForeign(['submitted_by']);
    t.dropForeign(['creator_id']);
    t.dropColumns('snapshot', 'subject_org_id', 'title', 'year', 'subject_kind', 'subject_when', 'subject_contact', 'funding_level', 'submitted_by', 'creator_id', 'current_org_id', 'updated_at');
  });
}
