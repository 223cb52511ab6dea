import type { Knex } from 'knex';
import { insertReturningId, type Db } from '@casmooc/db';
import type { ApprovalSubject } from '@casmooc/domain';

export type RoundState = 'pending' | 'approved' | 'returned' | 'rejected';

export interface ApprovalRound {
  id: number;
  subjectId: number;
  round: number;
  chain: number[];
  step: number;
  state: RoundState;
}

/** The approval engine's store of rounds (a chain per submission). */
export class ApprovalRepository {
  constructor(private readonly db: Db) {}

  /** Starts the next round of a subject with its chain; returns it. */
  async startRound(trx: Knex.Transaction, subject: ApprovalSubject, subjectId: number, chain: readonly number[]): Promise<ApprovalRound> {
    const [{ last }] = await trx('approval_rounds').where({ subject_type: subject, subject_id: subjectId }).max({ last: 'round' });
    const round = Number(last ?? 0) + 1;
    const id = await insertReturningId(trx, 'approval_rounds', {
      subject_type: subject,
      subject_id: subjectId,
      round,
      chain: JSON.stringify(chain),
      step: 0,
      state: 'pending',
    });
    return { id, subjectId, round, chain: [...chain], step: 0, state: 'pending' };
  }

  /** The latest round of each subject that has one. */
  async latestRounds(subject: ApprovalSubject, subjectIds: readonly number[]): Promise<Map<number, ApprovalRound>> {
    if (subjectIds.length === 0) return new Map();
    const rows = await this.db('approval_rounds as r')
      .where('r.subject_type', subject)
      .whereIn('r.subject_id', subjectIds)
      .whereNotExists((q) =>
        q.from('approval_rounds as later').whereRaw('later.subject_type = r.subject_type and later.subject_id = r.subject_id and later.round > r.round'),
      )
      .select('r.id', 'r.subject_id', 'r.round', 'r.chain', 'r.step', 'r.state');
    return new Map(
      rows.map((r: { id: number; subject_id: number; round: number; chain: string; step: number; state: RoundState }) => [
        r.subject_id,
        { id: r.id, subjectId: r.subject_id, round: r.round, chain: JSON.parse(r.chain), step: r.step, state: r.state },
      ]),
    );
  }
}
