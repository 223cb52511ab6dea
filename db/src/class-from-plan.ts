import type { Knex } from 'knex';
import { classTimesFromPlan } from '@casmooc/domain';

/** The plan columns a training class takes over, under the same names (T-1). */
const TAKEN_OVER = ['org_id', 'name', 'year', 'month', 'category', 'hours', 'days', 'headcount', 'budget', 'organiser', 'contact_name', 'contact_phone'] as const;

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
  const { id, month, days } = await db('training_classes').where('plan_id', planId).first('id', 'month', 'days');
  // Its days as the plan has them, from the first of its month: a start the manager moves in the class form.
  const { startAt, endAt } = classTimesFromPlan(month, days);
  await db('training_classes').where({ id }).update({ start_at: startAt, end_at: endAt });
  return Number(id);
}
