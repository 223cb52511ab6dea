import type { Knex } from 'knex';
import { nameTails } from '@casmooc/domain';

const CHUNK = 500;

/** Writes the name tails of these staff (see nameTails), in chunks that keep both dialects' parameter limits far away. */
export async function writeNameTails(db: Knex | Knex.Transaction, staff: ReadonlyArray<{ id: number; name: string }>): Promise<void> {
  const rows = staff.flatMap(({ id, name }) => nameTails(name).map((tail) => ({ staff_id: id, tail })));
  for (let i = 0; i < rows.length; i += CHUNK) await db('staff_name_tails').insert(rows.slice(i, i + CHUNK));
}
