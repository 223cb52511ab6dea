import type { Knex } from 'knex';

/**
 * The continuing-education record (学时档案, SPEC §3a): an append-only
 * ledger of hours by kind (H-1), and the yearly requirement an org sets
 * for its subtree (H-2).
 *
 * A ledger row credits hours (学时确认 of a class, or an external activity
 * with its evidence), reverses one (`reverses_id`, unique: once), or
 * corrects one (`corrects_id`: what stands in a reversed row's place).
 * `confirmation_key` is set on a class's credit only, unique, so one
 * person's hours of one class are credited once however often they are
 * confirmed. Hours already confirmed before this ledger are carried over.
 * An org's requirement is withdrawn (`in_force` false), never deleted, so
 * its version keeps counting up.
 */
export async function up(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable('hours_ledger'))) {
    await knex.schema.createTable('hours_ledger', (t) => {
      t.increments('id');
      t.integer('staff_id').unsigned().notNullable().references('id').inTable('staff');
      t.integer('year').notNullable();
      t.string('kind', 16).notNullable();
      t.decimal('general_hours', 8, 1).notNullable().defaultTo(0);
      t.decimal('professional_hours', 8, 1).notNullable().defaultTo(0);
      t.integer('class_id').unsigned().nullable().references('id').inTable('training_classes');
      t.string('activity', 16).nullable();
      t.string('title', 200).notNullable();
      t.string('activity_date', 10).notNullable();
      t.string('evidence', 500).nullable();
      t.integer('reverses_id').unsigned().nullable().unique().references('id').inTable('hours_ledger');
      t.integer('corrects_id').unsigned().nullable().references('id').inTable('hours_ledger');
      t.string('reason', 200).nullable();
      t.string('confirmation_key', 40).nullable().unique();
      t.integer('recorded_by').unsigned().notNullable().references('id').inTable('users');
      t.timestamp('recorded_at').notNullable().defaultTo(knex.fn.now());
      t.index(['staff_id', 'year']);
      t.index(['year', 'recorded_at']);
      t.index(['class_id']);
    });
    await carryOverConfirmedHours(knex);
  }
  if (!(await knex.schema.hasTable('hours_requirements'))) {
    await knex.schema.createTable('hours_requirements', (t) => {
      t.integer('org_id').unsigned().primary().references('id').inTable('orgs');
      t.decimal('annual_hours', 8, 1).notNullable();
      t.decimal('professional_share', 5, 4).notNullable();
      // Withdrawn rather than deleted, so that a version is never used twice for an org.
      t.boolean('in_force').notNullable().defaultTo(true);
      t.integer('version').notNullable().defaultTo(1);
      t.integer('updated_by').unsigned().notNullable().references('id').inTable('users');
      t.timestamp('updated_at').notNullable().defaultTo(knex.fn.now());
    });
  }
}

/** Every 学时确认 made so far becomes its credit row, split by the class's category (T-8) as it is now. */
async function carryOverConfirmedHours(knex: Knex): Promise<void> {
  const rows: Array<{ class_id: number; staff_id: number; confirmed_hours: unknown; confirmed_at: unknown; confirmed_by: number | null; added_by: number; year: number; name: string; end_at: string; month: string; hours_category: string; general_hours: unknown }> =
    await knex('class_attendees as a')
      .join('training_classes as c', 'c.id', 'a.class_id')
      .whereNotNull('a.confirmed_hours')
      .select('a.class_id', 'a.staff_id', 'a.confirmed_hours', 'a.confirmed_at', 'a.confirmed_by', 'a.added_by', 'c.year', 'c.name', 'c.end_at', 'c.month', 'c.hours_category', 'c.general_hours')
      .orderBy(['a.confirmed_at', 'a.class_id', 'a.staff_id']);
  const tenths = (v: unknown) => Math.round(Number(v) * 10);
  const credits = rows.map((r) => {
    const hours = tenths(r.confirmed_hours);
    const general = r.hours_category === 'general' ? hours : r.hours_category === 'split' ? Math.min(hours, tenths(r.general_hours ?? 0)) : 0;
    return {
      staff_id: r.staff_id,
      year: r.year,
      kind: 'credit',
      general_hours: general / 10,
      professional_hours: (hours - general) / 10,
      class_id: r.class_id,
      title: r.name,
      activity_date: r.end_at ? r.end_at.slice(0, 10) : `${r.month}-01`,
      confirmation_key: `class:${r.class_id}:staff:${r.staff_id}`,
      recorded_by: r.confirmed_by ?? r.added_by,
      recorded_at: r.confirmed_at ?? new Date(),
    };
  });
  for (let i = 0; i < credits.length; i += 500) await knex('hours_ledger').insert(credits.slice(i, i + 500));
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('hours_requirements');
  await knex.schema.dropTableIfExists('hours_ledger');
}
