import {
  ancestorPath,
  chainSteps,
  changedFields,
  decisionProblems,
  fundingChoiceApplies,
  localiseDecision,
  MANAGER_ROLES,
  mayDecide,
  outcomeOf,
  managersOf,
  isAcademyPath,
  pathIds,
  type ApprovalItemDto,
  type ApprovalQuery,
  type ApprovalSubject,
  type BatchItemResult,
  type DecisionDto,
  type DecisionInput,
  type Locale,
  type OrgCountDto,
  type Outcome,
  type Refusal,
  type SubmissionDiffDto,
  type TimelineRoundDto,
  users,
} from '@casmooc/domain';
import type { Knex } from 'knex';
import type { Actor } from '../auth/actor';
import { ApiError, conflict, notFound, refused } from '../http/api-error';
import { errorBody } from '../http/error-handler';
import type { EventLog } from '../events/event-log';
import type { OrgRepository } from '../orgs/repository';
import type { ApprovalRepository, ApprovalRound, RoundFilter, StoredDecision, SubmissionFacts } from './repository';

/** What the engine asks of the thing it approves (a plan, a training class). */
export interface ApprovalSubjectPort {
  /** whether approving a funding request of this subject below the Academy asks to support or drop it (plans do). */
  asksFundingChoice: boolean;
  /** The org the subject belongs to, or null when there is no such subject: access is checked against it. */
  orgPathOf(subjectId: number): Promise<string | null>;
  /** Why the subject can be decided on no longer (it was revoked, say), or null. */
  blocked(subjectId: number): Promise<Refusal | null>;
  /** Takes on a round's outcome, inside the decision's transaction. */
  settle(trx: Knex.Transaction, subjectId: number, outcome: Outcome): Promise<void>;
}

export interface ApprovalDeps {
  approvals: ApprovalRepository;
  orgs: OrgRepository;
  eventLog: EventLog;
  subjects: Record<ApprovalSubject, ApprovalSubjectPort>;
}

/**
 * The approval engine (SPEC §4), generic over what is approved: each
 * decision is checked against A-1 … A-4, written as an immutable history
 * row with the round's move and the subject's new state in one
 * transaction, and announced as `<subject>.decided`.
 */
export class ApprovalService {
  constructor(private readonly deps: ApprovalDeps) {}

  /** A-3 applies to a round: its subject asks the funding choice, and it requests funding. */
  private asksFunding(round: ApprovalRound): boolean {
    return this.deps.subjects[round.subject].asksFundingChoice && round.fundingLevel !== 'normal';
  }

  /** The subject's side of the engine: where it belongs, and whether it may still be decided. */
  subject(subject: ApprovalSubject): ApprovalSubjectPort {
    return this.deps.subjects[subject];
  }

  /**
   * A submission: the next round of a subject up its chain, in the
   * submitting transaction. Rounds are written here only.
   */
  start(trx: Knex.Transaction, subject: ApprovalSubject, subjectId: number, chain: readonly number[], facts: SubmissionFacts): Promise<number> {
    return this.deps.approvals.startRound(trx, subject, subjectId, chain, facts);
  }

  /** The subject was revoked while its round waited: the round ends and leaves every queue. */
  withdraw(trx: Knex.Transaction, subject: ApprovalSubject, subjectId: number): Promise<void> {
    return this.deps.approvals.withdraw(trx, subject, subjectId);
  }

  /** The latest round of each of these subjects that has one. */
  latestRounds(subject: ApprovalSubject, subjectIds: readonly number[]): Promise<Map<number, ApprovalRound>> {
    return this.deps.approvals.latestRounds(subject, subjectIds);
  }

  /** Orgs where the actor may decide: those where they hold a managing role. */
  private deciderOrgIds(actor: Actor): number[] {
    return [...new Set(actor.grants.filter((g) => MANAGER_ROLES.includes(g.role)).map((g) => g.orgId))];
  }

  private async filterOf(actor: Actor, query: ApprovalQuery): Promise<RoundFilter> {
    const { orgId, page: _page, pageSize: _pageSize, ...rest } = query;
    if (orgId === undefined) return rest;
    const org = await this.deps.orgs.findById(orgId);
    if (!org) throw notFound();
    actor.assertReaches(org.path, MANAGER_ROLES);
    return { ...rest, orgPath: org.path };
  }

  private async items(actor: Actor, rounds: readonly ApprovalRound[], locale: Locale): Promise<ApprovalItemDto[]> {
    // The chain's orgs, and the institute of each subject below one (the Academy's list names it beside a department).
    const instituteOf = (r: ApprovalRound) => {
      const path = ancestorPath(r.subjectOrgPath, 1);
      return path && path !== r.subjectOrgPath ? pathIds(path)[1] : null;
    };
    const orgIds = [...new Set([...rounds.flatMap((r) => r.chain), ...rounds.map(instituteOf).filter((id) => id !== null)])];
    const orgs = new Map((await this.deps.orgs.byIds(orgIds)).map((o) => [o.id, o]));
    return rounds.map((r) => {
      const level = r.currentOrgId === null ? undefined : orgs.get(r.currentOrgId);
      const decide = level
        ? mayDecide({ actorId: actor.id, grants: actor.grants, levelOrgId: level.id, creatorId: r.creatorId })
        : ({ allowed: false, rule: 'A-4', reason: { 'zh-CN': '审批已结束 (A-4)', 'en-US': 'The approval has ended (A-4)' } } as const);
      return {
        subject: r.subject,
        subjectId: r.subjectId,
        roundId: r.id,
        round: r.round,
        version: r.version,
        title: r.title,
        orgId: r.subjectOrgId,
        orgName: r.subjectOrgName,
        instituteName: orgs.get(instituteOf(r) ?? 0)?.name ?? null,
        year: r.year,
        kind: r.kind,
        when: r.when,
        contact: r.contact,
        fundingLevel: r.fundingLevel,
        submittedAt: r.submittedAt,
        submitterName: r.submitterName,
        state: r.state,
        currentOrgId: r.currentOrgId,
        chain: chainSteps(r.chain.map((id) => ({ id, name: orgs.get(id)?.name ?? String(id) })), r.step, r.state),
        decide: localiseDecision(decide, locale),
        fundingChoice: Boolean(level) && fundingChoiceApplies(this.asksFunding(r), isAcademyPath(level!.path)),
      };
    });
  }

  /** 待我审批 with its total. */
  async pending(actor: Actor, query: ApprovalQuery, locale: Locale) {
    const { items, total } = await this.deps.approvals.pendingAt(this.deciderOrgIds(actor), await this.filterOf(actor, query), query.page, query.pageSize);
    return { items: await this.items(actor, items, locale), total, page: query.page, pageSize: query.pageSize };
  }

  /** 我已审批: what the actor decided, with their decision and where each submission stands now. */
  async processed(actor: Actor, query: ApprovalQuery, locale: Locale) {
    const { items, total } = await this.deps.approvals.decidedBy(actor.id, await this.filterOf(actor, query), query.page, query.pageSize);
    const views = await this.items(actor, items.map((i) => i.round), locale);
    const decisions = new Map((await this.deps.approvals.decisionsOf(items.map((i) => i.round.id))).map((d) => [d.id, d]));
    return {
      items: views.map((view, i) => ({ ...view, myDecision: this.decisionDto(decisions.get(items[i].decisionId)!) })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /**
   * The manual's org list beside the queue: for each org where the actor
   * decides, itself and the orgs directly below it, with their pending counts.
   */
  async pendingCounts(actor: Actor, query: ApprovalQuery): Promise<OrgCountDto[]> {
    const deciderOrgs = await this.deps.orgs.byIds(this.deciderOrgIds(actor));
    const counts = await this.deps.approvals.pendingCountsByOrg(
      deciderOrgs.map((o) => o.id),
      await this.filterOf(actor, { ...query, orgId: undefined }),
    );
    const countUnder = (path: string) => counts.filter((c) => c.orgPath.startsWith(path)).reduce((sum, c) => sum + c.count, 0);
    const children = await this.deps.orgs.childrenOf(deciderOrgs.map((o) => o.id));
    return deciderOrgs.flatMap((root) => [
      { orgId: root.id, orgName: root.name, count: countUnder(root.path) },
      ...children.filter((c) => c.parentId === root.id).map((c) => ({ orgId: c.id, orgName: c.name, count: countUnder(c.path) })),
    ]);
  }

  private decisionDto(d: StoredDecision): DecisionDto {
    const { roundId: _roundId, ...dto } = d;
    return dto;
  }

  /** A subject's latest round, visible to the actor (404 otherwise, as everywhere). */
  private async latest(actor: Actor, subject: ApprovalSubject, subjectId: number): Promise<ApprovalRound> {
    const round = (await this.deps.approvals.latestRounds(subject, [subjectId])).get(subjectId);
    if (!round) throw notFound();
    actor.assertReaches(round.subjectOrgPath, MANAGER_ROLES);
    return round;
  }

  /** One decision on a subject's current round; the updated item comes back. */
  async decide(actor: Actor, subject: ApprovalSubject, subjectId: number, version: number, decision: DecisionInput, locale: Locale, inBatch = false): Promise<ApprovalItemDto> {
    const round = await this.latest(actor, subject, subjectId);
    await this.assertNotBlocked(subject, subjectId);
    // A version is unique across rounds: one read from an earlier round never matches a resubmission.
    if (round.state !== 'pending' || round.version !== version) throw await this.alreadyDecided(round);
    const levelOrgId = round.currentOrgId!;
    const allowed = mayDecide({ actorId: actor.id, grants: actor.grants, levelOrgId, creatorId: round.creatorId });
    if (!allowed.allowed) throw refused(allowed);
    const level = await this.deps.orgs.findById(levelOrgId);
    const facts = { fundingRequested: this.asksFunding(round), levelIsAcademy: isAcademyPath(level!.path) };
    // A batch's one funding choice goes to the items it applies to; the others are plainly approved.
    const input = inBatch && !fundingChoiceApplies(facts.fundingRequested, facts.levelIsAcademy) ? { ...decision, funding: null } : decision;
    const problems = decisionProblems(input, facts);
    if (problems.length) {
      throw new ApiError(400, 'VALIDATION_FAILED', Object.fromEntries(problems.map((p) => [p.field, p.decision.reason[locale]])), undefined, problems[0].decision.rule);
    }
    const outcome = outcomeOf(round.chain.length, round.step, input);
    const won = await this.deps.eventLog.transact(async (trx, record) => {
      // Lost to a concurrent decision: roll back, and say who won once the connection is free again.
      if (!(await this.deps.approvals.advance(trx, round, outcome, outcome.dropFunding ? 'normal' : undefined))) return false;
      await this.deps.approvals.insertDecision(trx, {
        roundId: round.id,
        step: round.step,
        orgId: levelOrgId,
        deciderId: actor.id,
        verdict: input.verdict,
        funding: input.funding ?? null,
        comment: input.comment,
      });
      await this.deps.subjects[subject].settle(trx, subjectId, outcome);
      record({
        type: `${subject}.decided`,
        orgPath: round.subjectOrgPath,
        subject: `${subject}:${subjectId}`,
        actorId: actor.id,
        // The subject's org and every org above (the next level among them), and its creator.
        audience: [managersOf(round.subjectOrgPath), ...users(round.creatorId)],
        payload: {
          id: subjectId,
          name: round.title,
          creatorId: round.creatorId,
          verdict: input.verdict,
          funding: input.funding ?? null,
          levelOrgId,
          levelOrgName: level!.name,
          deciderName: actor.user.displayName,
          state: outcome.state,
          nextOrgId: outcome.state === 'pending' ? round.chain[outcome.step] : null,
        },
      });
      return true;
    });
    if (!won) {
      await this.assertNotBlocked(subject, subjectId);
      throw await this.alreadyDecided(round);
    }
    const [item] = await this.items(actor, [await this.latest(actor, subject, subjectId)], locale);
    return item;
  }

  private async assertNotBlocked(subject: ApprovalSubject, subjectId: number): Promise<void> {
    const blocked = await this.deps.subjects[subject].blocked(subjectId);
    if (blocked) throw refused(blocked);
  }

  /** 409 naming who decided first, when the round moved on. */
  private async alreadyDecided(round: ApprovalRound): Promise<ApiError> {
    const [last] = (await this.deps.approvals.decisionsOf([round.id])).slice(-1);
    if (!last) return conflict();
    return new ApiError(409, 'CONFLICT', undefined, {
      'zh-CN': `已由 ${last.deciderName}（${last.orgName}）处理`,
      'en-US': `Already decided by ${last.deciderName} (${last.orgName})`,
    });
  }

  /** One decision and comment for many subjects, each checked on its own: the answer says which went through and why others did not. */
  async decideBatch(actor: Actor, subject: ApprovalSubject, items: ReadonlyArray<{ subjectId: number; version: number }>, input: DecisionInput, locale: Locale): Promise<BatchItemResult[]> {
    const results: BatchItemResult[] = [];
    for (const { subjectId, version } of items) {
      try {
        await this.decide(actor, subject, subjectId, version, input, locale, true);
        results.push({ subjectId, ok: true });
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        const { error } = errorBody(err, locale);
        const message = error.fields ? Object.values(error.fields).join('；') : error.message;
        results.push({ subjectId, ok: false, code: error.code, message, ...(error.rule && { rule: error.rule }) });
      }
    }
    return results;
  }

  /** every round of a subject with the decisions taken on it, oldest first. */
  async timeline(actor: Actor, subject: ApprovalSubject, subjectId: number): Promise<TimelineRoundDto[]> {
    const rounds = await this.deps.approvals.roundsOf(subject, subjectId);
    // A subject never sent for approval (无需审批, or not reported yet) has an empty timeline, not a 404: the route's scope found it.
    if (rounds.length === 0) return [];
    await this.latest(actor, subject, subjectId);
    const decisions = await this.deps.approvals.decisionsOf(rounds.map((r) => r.id));
    const names = new Map((await this.deps.orgs.byIds([...new Set(rounds.flatMap((r) => r.chain))])).map((o) => [o.id, o.name]));
    return rounds.map((r) => ({
      round: r.round,
      submittedAt: r.submittedAt,
      submitterName: r.submitterName,
      state: r.state,
      chain: chainSteps(r.chain.map((id) => ({ id, name: names.get(id) ?? String(id) })), r.step, r.state),
      decisions: decisions.filter((d) => d.roundId === r.id).map((d) => this.decisionDto(d)),
    }));
  }

  /** For a resubmission: what changed since the version that was returned (none for a first submission). */
  async diff(actor: Actor, subject: ApprovalSubject, subjectId: number): Promise<SubmissionDiffDto> {
    await this.latest(actor, subject, subjectId);
    const rounds = await this.deps.approvals.roundsOf(subject, subjectId);
    const [previous, current] = rounds.slice(-2).length === 2 ? rounds.slice(-2) : [undefined, rounds.at(-1)!];
    return { round: current.round, previousRound: previous?.round ?? null, changes: previous ? changedFields(previous.snapshot, current.snapshot) : [] };
  }
}
