import type { Knex } from 'knex';

/**
 * Who may see each event (DESIGN: audiences): one row per role at an org
 * (`reaching`: holders at the org or above it; `within`: holders at the org
 * or below it) or per named user. Events written before audiences existed
 * were for the managers of their org and above, and stay so.
 *
 * `event_commit_lock` is one row that every transaction writing events
 * locks just before it inserts them: on MySQL ids are taken at insert and
 * transactions commit out of order, and the lock makes id order commit
 * order, so "events after the last id I saw" never skips one.
 */
export async function up(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable('event_audiences'))) {
    await knex.schema.createTable('event_audiences', (t) => {
      t.bigInteger('event_id').unsigned().notNullable().references('id').inTable('events').onDelete('CASCADE');
      t.string('kind', 8).notNullable();
      t.string('role', 32).nullable();
      t.string('org_path', 255).nullable();
      t.integer('user_id').unsigned().nullable();
      t.index(['event_id']);
      t.index(['role', 'org_path', 'event_id']);
      t.index(['user_id', 'event_id']);
    });
    for (const role of ['academy_admin', 'institute_admin', 'training_manager']) {
      await knex.raw(`insert into event_audiences (event_id, kind, role, org_path) select id, 'reaching', ?, org_path from events`, [role]);
    }
  }
  if (!(await knex.schema.hasTable('event_commit_lock'))) {
    await knex.schema.createTable('event_commit_lock', (t) => {
      t.integer('id').primary();
    });
    await knex('event_commit_lock').insert({ id: 1 });
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('event_commit_lock');
  await knex.schema.dropTableIfExists('event_audiences');
}
