import type { Knex } from 'knex';

/** The plan columns a training class takes over, under the same names (T-1). */
const TAKEN_OVER = ['org_id', 'name', 'year', 'month', 'category', 'hours', 'days', 'headcount', 'organiser', 'contact_name', 'contact_phone'] as const;

/**
 * T-1: the training class of a plan, pre-filled from the plan as stored,
 * in the caller's transaction. Returns the class's id.
 */
export async function insertClassFromPlan(db: Knex | Knex.Transaction, planId: number, createdBy: number, at: Date): Promise<number> {
  const columns = ['plan_id', ...TAKEN_OVER, 'created_by', 'created_at'];
  const fromPlan = db('plans')
    .where('id', planId)
    .select(['id', ...TAKEN_OVER, db.raw('? as created_by', [createdBy]), db.raw('? as created_at', [at])]);
  await db.insert(fromPlan).into(db.raw(`?? (${columns.map(() => '??').join(', ')})`, ['training_classes', ...columns]));
  const { id } = await db('training_classes').where('plan_id', planId).first('id');
  return Number(id);
}
