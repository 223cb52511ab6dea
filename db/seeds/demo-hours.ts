import crypto from 'node:crypto';
import type { Knex } from 'knex';
import { formatSerial } from '@casmooc/domain';

/**
 * The continuing-education ledger of the demo (H-1): the demo class's
 * confirmed hours as their credits, and an external activity for the
 * first person (the demo's staff account), as the BFF would write them.
 * The seed also runs over schemas from before the ledger (the tests of
 * migrations over data): there the migrations carry the hours and the
 * certificates over.
 */
export async function seedDemoHours(trx: Knex.Transaction, classId: number, confirmed: readonly number[], recordedBy: number, now: Date): Promise<void> {
  if (!(await trx.schema.hasTable('hours_ledger'))) return;
  const c = await trx('training_classes').where({ id: classId }).first('year', 'name', 'hours', 'end_at');
  const credits = confirmed.map((staffId) => ({
    staff_id: staffId,
    year: c.year,
    kind: 'credit',
    general_hours: Number(c.hours),
    professional_hours: 0,
    class_id: classId,
    title: c.name,
    activity_date: String(c.end_at).slice(0, 10),
    confirmation_key: `class:${classId}:staff:${staffId}`,
    recorded_by: recordedBy,
    recorded_at: now,
  }));
  const external = confirmed.slice(0, 1).map((staffId) => ({
    staff_id: staffId,
    year: c.year,
    kind: 'credit',
    general_hours: 0,
    professional_hours: 16,
    activity: 'conference',
    title: '中国计算机大会 (CNCC) 专题论坛',
    activity_date: `${c.year}-${String(c.end_at).slice(5, 7)}-20`,
    evidence: '大会组委会出具的参会证明',
    recorded_by: recordedBy,
    recorded_at: now,
  }));
  await trx('hours_ledger').insert([...credits, ...external]);
  await seedDemoCertificates(trx, classId, now);
}

/** H-3: the demo class's credits with their certificates, as the BFF issues them with each 学时确认. */
async function seedDemoCertificates(trx: Knex.Transaction, classId: number, now: Date): Promise<void> {
  if (!(await trx.schema.hasTable('certificates'))) return;
  const issuer = (await trx('training_classes as c').join('orgs as o', 'o.id', 'c.org_id').where('c.id', classId).first('o.name')).name;
  const rows: Array<{ id: number; staff_id: number; year: number; title: string; general_hours: unknown; professional_hours: unknown }> = await trx('hours_ledger').where({ class_id: classId }).select('id', 'staff_id', 'year', 'title', 'general_hours', 'professional_hours');
  await trx('certificates').insert(
    rows.map((r) => ({
      serial: formatSerial(r.year, 'class', [...crypto.randomBytes(12)]),
      kind: 'class',
      staff_id: r.staff_id,
      year: r.year,
      class_id: classId,
      entry_id: r.id,
      title: r.title,
      general_hours: Number(r.general_hours),
      professional_hours: Number(r.professional_hours),
      issuer,
      issued_at: now,
    })),
  );
}
