import type { Knex } from 'knex';

/**
 * The rest of the manual's 培训项目基本信息表 and 报名与证书 (SPEC §3): mode,
 * start and end (Academy time, `YYYY-MM-DD HH:mm`, so both dialects sort and
 * compare them alike), post-type headcounts, budget, contact email,
 * registration settings, the hours category (T-8), and the class's own
 * states: 实施情况, 审批情况 of a deviation (T-2) with the deviations an
 * approval covered, and a version for every write. Existing classes get
 * their plan's budget and a start on the first day of their month.
 */
const COLUMNS: Array<[string, (t: Knex.AlterTableBuilder) => void]> = [
  ['mode', (t) => t.string('mode', 16).notNullable().defaultTo('offline')],
  ['start_at', (t) => t.string('start_at', 16).notNullable().defaultTo('')],
  ['end_at', (t) => t.string('end_at', 16).notNullable().defaultTo('')],
  ['research_count', (t) => t.integer('research_count').notNullable().defaultTo(0)],
  ['management_count', (t) => t.integer('management_count').notNullable().defaultTo(0)],
  ['support_count', (t) => t.integer('support_count').notNullable().defaultTo(0)],
  ['external_count', (t) => t.integer('external_count').notNullable().defaultTo(0)],
  ['staff_count', (t) => t.integer('staff_count').notNullable().defaultTo(0)],
  ['budget', (t) => t.decimal('budget', 14, 2).notNullable().defaultTo(0)],
  ['contact_email', (t) => t.string('contact_email', 128).notNullable().defaultTo('')],
  ['visibility', (t) => t.string('visibility', 16).notNullable().defaultTo('private')],
  ['registration_open', (t) => t.boolean('registration_open').notNullable().defaultTo(false)],
  ['registration_approval', (t) => t.boolean('registration_approval').notNullable().defaultTo(false)],
  ['registration_from', (t) => t.string('registration_from', 16).nullable()],
  ['registration_to', (t) => t.string('registration_to', 16).nullable()],
  ['hours_category', (t) => t.string('hours_category', 16).notNullable().defaultTo('professional')],
  ['general_hours', (t) => t.decimal('general_hours', 8, 1).nullable()],
  ['state', (t) => t.string('state', 16).notNullable().defaultTo('draft')],
  ['approval_state', (t) => t.string('approval_state', 16).notNullable().defaultTo('not_required')],
  // JSON of the deviations (T-2) the last approval covered: implementing with these needs no new approval.
  ['approved_deviations', (t) => t.text('approved_deviations').nullable()],
  ['version', (t) => t.integer('version').notNullable().defaultTo(1)],
  ['implemented_at', (t) => t.timestamp('implemented_at').nullable()],
];

const pad = (n: number) => String(n).padStart(2, '0');

export async function up(knex: Knex): Promise<void> {
  for (const [column, add] of COLUMNS) {
    if (!(await knex.schema.hasColumn('training_classes', column))) await knex.schema.alterTable('training_classes', add);
  }
  const unfilled: Array<{ id: number; month: string; days: number; budget: number | string }> = await knex('training_classes as c')
    .join('plans as p', 'p.id', 'c.plan_id')
    .where('c.start_at', '')
    .select('c.id', 'c.month', 'c.days', 'p.budget');
  for (const row of unfilled) {
    const end = new Date(Date.UTC(Number(row.month.slice(0, 4)), Number(row.month.slice(5, 7)) - 1, row.days));
    await knex('training_classes')
      .where({ id: row.id })
      .update({ start_at: `${row.month}-01 09:00`, end_at: `${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())} 17:00`, budget: Number(row.budget) });
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const [column] of [...COLUMNS].reverse()) {
    if (await knex.schema.hasColumn('training_classes', column)) await knex.schema.alterTable('training_classes', (t) => t.dropColumn(column));
  }
}
