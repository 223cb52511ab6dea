import type { Knex } from 'knex';

/**
 * H-3: certificates with a serial that a public page verifies: one per
 * class credit in the ledger (结业证书, `entry_id` unique) and annual
 * records of a person's year (年度学时证明), each with the hours it
 * certifies as issued. A reversal revokes what it affects (`revoked_at`);
 * nothing is deleted. Class credits already in the ledger get theirs.
 */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable('certificates')) return;
  await knex.schema.createTable('certificates', (t) => {
    t.increments('id');
    t.string('serial', 32).notNullable().unique();
    t.string('kind', 16).notNullable();
    t.integer('staff_id').unsigned().notNullable().references('id').inTable('staff');
    t.integer('year').notNullable();
    t.integer('class_id').unsigned().nullable().references('id').inTable('training_classes');
    t.integer('entry_id').unsigned().nullable().unique().references('id').inTable('hours_ledger');
    t.string('title', 200).notNullable();
    t.decimal('general_hours', 8, 1).notNullable();
    t.decimal('professional_hours', 8, 1).notNullable();
    t.string('issuer', 100).notNullable();
    t.timestamp('issued_at').notNullable().defaultTo(knex.fn.now());
    t.timestamp('revoked_at').nullable();
    t.string('revoked_reason', 200).nullable();
    t.index(['staff_id', 'year']);
    t.index(['class_id']);
  });
  await certifyClassCredits(knex);
}

/** The serial's alphabet: digits and letters that cannot be misread (no I, L, O, U). */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const serial = (year: number) => {
  const chars = [...globalThis.crypto.getRandomValues(new Uint8Array(12))].map((n) => ALPHABET[n % 32]).join('');
  return `CAS-${year}-C-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
};

/** Every class credit not reversed, as the ledger has it: its certificate, issued by the class's org. */
async function certifyClassCredits(knex: Knex): Promise<void> {
  const rows: Array<{ id: number; staff_id: number; year: number; class_id: number; title: string; general_hours: unknown; professional_hours: unknown; recorded_at: unknown; issuer: string }> = await knex('hours_ledger as l')
    .join('training_classes as c', 'c.id', 'l.class_id')
    .join('orgs as o', 'o.id', 'c.org_id')
    .whereIn('l.kind', ['credit', 'correction'])
    .whereNotExists((q) => q.select('r.id').from('hours_ledger as r').whereRaw('r.reverses_id = l.id'))
    .select('l.id', 'l.staff_id', 'l.year', 'l.class_id', 'l.title', 'l.general_hours', 'l.professional_hours', 'l.recorded_at', 'o.name as issuer')
    .orderBy('l.id');
  const certificates = rows.map((r) => ({
    serial: serial(r.year),
    kind: 'class',
    staff_id: r.staff_id,
    year: r.year,
    class_id: r.class_id,
    entry_id: r.id,
    title: r.title,
    general_hours: Number(r.general_hours),
    professional_hours: Number(r.professional_hours),
    issuer: r.issuer,
    issued_at: r.recorded_at,
  }));
  for (let i = 0; i < certificates.length; i += 500) await knex('certificates').insert(certificates.slice(i, i + 500));
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('certificates');
}
