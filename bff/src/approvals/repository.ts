import type { Knex } from 'knex';
import { containsPattern, insertReturningId, startsWith, toIso, type Conn, type Db } from '@casmooc/db';
import { academyDayStart, type ApprovalQuery, type ApprovalSubject, type DecisionDto, type FundingLevel, type Outcome, type RoundState } from '@casmooc/domain';

/** What a submission is, captured when it is submitted: the lists filter on it, the diff compares it. */
export interface SubmissionFacts {
  subjectOrgId: number;
  creatorId: number;
  submittedBy: number;
  title: string;
  year: number;
  kind: string;
  when: string;
  contact: string;
  fundingLevel: FundingLevel;
  snapshot: Record<string, unknown>;
}

/** A round as stored: what was submitted, the chain and where it stands. */
export interface ApprovalRound extends Omit<SubmissionFacts, 'submittedBy'> {
  id: number;
  subject: ApprovalSubject;
  subjectId: number;
  round: number;
  chain: number[];
  step: number;
  state: RoundState;
  version: number;
  currentOrgId: number | null;
  subjectOrgName: string;
  subjectOrgPath: string;
  submitterName: string;
  submittedAt: string;
}

/** A decision as stored: what the API shows, with the round it belongs to. */
export interface StoredDecision extends DecisionDto {
  roundId: number;
}

export type NewDecision = Omit<StoredDecision, 'id' | 'orgName' | 'deciderName' | 'decidedAt'>;

/** Filters of a list; `deciderOrgIds` or `deciderId` says whose list it is. */
export type RoundFilter = Omit<ApprovalQuery, 'page' | 'pageSize' | 'orgId'> & { orgPath?: string };

/* eslint-disable @typescript-eslint/no-explicit-any -- row mapping of the engine's two tables */
const toRound = (r: any): ApprovalRound => ({
  id: r.id,
  subject: r.subject_type,
  subjectId: r.subject_id,
  round: r.round,
  chain: JSON.parse(r.chain),
  step: r.step,
  state: r.state,
  version: r.version,
  currentOrgId: r.current_org_id ?? null,
  subjectOrgId: r.subject_org_id,
  subjectOrgName: r.subject_org_name,
  subjectOrgPath: r.subject_org_path,
  creatorId: r.creator_id,
  title: r.title,
  year: r.year,
  kind: r.subject_kind,
  when: r.subject_when,
  contact: r.subject_contact,
  fundingLevel: r.funding_level,
  submitterName: r.submitter_name ?? '',
  submittedAt: toIso(r.created_at)!,
  snapshot: r.snapshot ? JSON.parse(r.snapshot) : {},
});

const toDecision = (r: any): StoredDecision => ({
  id: r.id,
  roundId: r.round_id,
  step: r.step,
  orgId: r.org_id,
  orgName: r.org_name,
  deciderId: r.decider_id,
  deciderName: r.decider_name,
  verdict: r.verdict,
  funding: r.funding ?? null,
  comment: r.comment,
  decidedAt: toIso(r.decided_at)!,
});
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The approval engine's store: rounds (a chain per submission) and the decisions taken on them. */
export class ApprovalRepository {
  constructor(private readonly db: Db) {}

  private rounds(conn: Conn = this.db) {
    return conn('approval_rounds as r')
      .join('orgs as so', 'so.id', 'r.subject_org_id')
      .leftJoin('users as su', 'su.id', 'r.submitted_by')
      .select('r.*', 'so.name as subject_org_name', 'so.path as subject_org_path', 'su.display_name as submitter_name');
  }

  private filtered(query: Knex.QueryBuilder, filter: RoundFilter): Knex.QueryBuilder {
    if (filter.subject) query.where('r.subject_type', filter.subject);
    if (filter.orgPath) startsWith(query, 'so.path', filter.orgPath);
    if (filter.kind) query.where('r.subject_kind', filter.kind);
    if (filter.year) query.where('r.year', filter.year);
    if (filter.fundingLevel) query.where('r.funding_level', filter.fundingLevel);
    if (filter.from) query.where('r.created_at', '>=', academyDayStart(filter.from));
    if (filter.to) query.where('r.created_at', '<', new Date(academyDayStart(filter.to).getTime() + 86_400_000));
    if (filter.q) query.where('r.title', 'like', containsPattern(filter.q));
    return query;
  }

  /**
   * Starts the next round of a subject with its chain and what was
   * submitted; returns its id. Its version continues from the rounds
   * before, so a decision based on an earlier round can never match it.
   */
  async startRound(trx: Knex.Transaction, subject: ApprovalSubject, subjectId: number, chain: readonly number[], facts: SubmissionFacts): Promise<number> {
    const [{ last, version }] = await trx('approval_rounds').where({ subject_type: subject, subject_id: subjectId }).max({ last: 'round', version: 'version' });
    return insertReturningId(trx, 'approval_rounds', {
      subject_type: subject,
      subject_id: subjectId,
      round: Number(last ?? 0) + 1,
      chain: JSON.stringify(chain),
      step: 0,
      state: 'pending',
      version: Number(version ?? 0) + 1,
      current_org_id: chain[0],
      subject_org_id: facts.subjectOrgId,
      creator_id: facts.creatorId,
      submitted_by: facts.submittedBy,
      title: facts.title,
      year: facts.year,
      subject_kind: facts.kind,
      subject_when: facts.when,
      subject_contact: facts.contact,
      funding_level: facts.fundingLevel,
      snapshot: JSON.stringify(facts.snapshot),
      // Written, not defaulted: SQLite's default is text, and the date filters compare with a bound Date.
      created_at: new Date(),
    });
  }

  /** The latest round of each subject that has one. */
  async latestRounds(subject: ApprovalSubject, subjectIds: readonly number[], conn: Conn = this.db): Promise<Map<number, ApprovalRound>> {
    if (subjectIds.length === 0) return new Map();
    const rows = await this.rounds(conn)
      .where('r.subject_type', subject)
      .whereIn('r.subject_id', subjectIds)
      .whereNotExists((q) =>
        q.from('approval_rounds as later').whereRaw('later.subject_type = r.subject_type and later.subject_id = r.subject_id and later.round > r.round'),
      );
    return new Map(rows.map((row: unknown) => toRound(row)).map((r) => [r.subjectId, r]));
  }

  /** Every round of a subject, oldest first. */
  async roundsOf(subject: ApprovalSubject, subjectId: number): Promise<ApprovalRound[]> {
    return (await this.rounds().where({ 'r.subject_type': subject, 'r.subject_id': subjectId }).orderBy('r.round')).map(toRound);
  }

  /**
   * Moves a round to its outcome only if it is still at `version`; false
   * means someone decided first and nothing was written. Inside the
   * transaction the conditional update takes the row's lock, so of two
   * concurrent decisions exactly one matches.
   */
  async advance(trx: Knex.Transaction, round: Pick<ApprovalRound, 'id' | 'version' | 'chain'>, outcome: Outcome, fundingLevel?: FundingLevel): Promise<boolean> {
    const updated = await trx('approval_rounds')
      .where({ id: round.id, version: round.version, state: 'pending' })
      .update({
        step: outcome.step,
        state: outcome.state,
        current_org_id: outcome.state === 'pending' ? round.chain[outcome.step] : null,
        ...(fundingLevel && { funding_level: fundingLevel }),
        version: round.version + 1,
        updated_at: new Date(),
      });
    return updated === 1;
  }

  /** Ends a subject's waiting round without a decision (its subject was revoked): it leaves every queue. */
  async withdraw(trx: Knex.Transaction, subject: ApprovalSubject, subjectId: number): Promise<void> {
    await trx('approval_rounds')
      .where({ subject_type: subject, subject_id: subjectId, state: 'pending' })
      .update({ state: 'withdrawn', current_org_id: null, version: trx.raw('version + 1'), updated_at: new Date() });
  }

  async insertDecision(trx: Knex.Transaction, decision: NewDecision): Promise<number> {
    return insertReturningId(trx, 'approval_decisions', {
      round_id: decision.roundId,
      step: decision.step,
      org_id: decision.orgId,
      decider_id: decision.deciderId,
      verdict: decision.verdict,
      funding: decision.funding,
      comment: decision.comment,
    });
  }

  /** The decisions taken on rounds, oldest first. */
  async decisionsOf(roundIds: readonly number[]): Promise<StoredDecision[]> {
    if (roundIds.length === 0) return [];
    const rows = await this.db('approval_decisions as d')
      .join('orgs as o', 'o.id', 'd.org_id')
      .join('users as u', 'u.id', 'd.decider_id')
      .whereIn('d.round_id', roundIds)
      .orderBy('d.id')
      .select('d.*', 'o.name as org_name', 'u.display_name as decider_name');
    return rows.map(toDecision);
  }

  /** 待我审批: rounds waiting at one of the orgs, newest submission first. */
  async pendingAt(orgIds: readonly number[], filter: RoundFilter, page: number, pageSize: number): Promise<{ items: ApprovalRound[]; total: number }> {
    if (orgIds.length === 0) return { items: [], total: 0 };
    const base = (q: Knex.QueryBuilder) => this.filtered(q.whereIn('r.current_org_id', orgIds).where('r.state', 'pending'), filter);
    const [rows, [{ total }]] = await Promise.all([
      base(this.rounds()).orderBy([{ column: 'r.created_at', order: 'desc' }, { column: 'r.id', order: 'desc' }]).limit(pageSize).offset((page - 1) * pageSize),
      base(this.db('approval_rounds as r').join('orgs as so', 'so.id', 'r.subject_org_id')).count({ total: '*' }),
    ]);
    return { items: rows.map(toRound), total: Number(total) };
  }

  /** Pending rounds at the orgs, counted per subject org (for the org list beside the queue). */
  async pendingCountsByOrg(orgIds: readonly number[], filter: RoundFilter): Promise<Array<{ orgPath: string; count: number }>> {
    if (orgIds.length === 0) return [];
    const rows = await this.filtered(this.db('approval_rounds as r').join('orgs as so', 'so.id', 'r.subject_org_id'), filter)
      .whereIn('r.current_org_id', orgIds)
      .where('r.state', 'pending')
      .groupBy('so.path')
      .select('so.path as orgPath')
      .count({ count: '*' });
    return rows.map((r: { orgPath: string; count: unknown }) => ({ orgPath: r.orgPath, count: Number(r.count) }));
  }

  /** 我已审批: the rounds a user decided on, with their decision, latest decision first. */
  async decidedBy(deciderId: number, filter: RoundFilter, page: number, pageSize: number): Promise<{ items: Array<{ round: ApprovalRound; decisionId: number }>; total: number }> {
    const base = (q: Knex.QueryBuilder) => this.filtered(q.join('approval_decisions as d', 'd.round_id', 'r.id').where('d.decider_id', deciderId), filter);
    const [rows, [{ total }]] = await Promise.all([
      base(this.rounds()).select('d.id as decision_id').orderBy('d.id', 'desc').limit(pageSize).offset((page - 1) * pageSize),
      base(this.db('approval_rounds as r').join('orgs as so', 'so.id', 'r.subject_org_id')).count({ total: '*' }),
    ]);
    return { items: rows.map((row: { decision_id: number }) => ({ round: toRound(row), decisionId: row.decision_id })), total: Number(total) };
  }
}
