import {
  ADMIN_ROLES,
  CLASS_ACTIONS,
  CLASS_INPUT_FIELDS,
  chainSteps,
  classActions,
  classDeviations,
  deviationChain,
  localiseDecision,
  MANAGER_ROLES,
  managersOf,
  planFundingLevel,
  sameDeviations,
  seatChange,
  seatsKeptIssues,
  users,
  type AttendanceCounts,
  type ChainStep,
  type ClassAction,
  type ClassInput,
  type Decision,
  type Locale,
  type RoleGrant,
  type TrainingClassDto,
  type TrainingClassPage,
} from '@casmooc/domain';
import type { Knex } from 'knex';
import type { Actor } from '../auth/actor';
import type { ApprovalService } from '../approvals/service';
import type { EventLog, RecordEvent } from '../events/event-log';
import type { EventRepository } from '../events/repository';
import { ApiError, conflict, notFound, refused } from '../http/api-error';
import type { OrgRepository } from '../orgs/repository';
import type { PlansService } from '../plans/service';
import type { RegistrationRepository } from '../registration/repository';
import type { AttendanceRepository } from './attendance-repository';
import type { ClassFilter, ClassRepository, StoredClass } from './class-repository';

export interface ClassDeps {
  classes: ClassRepository;
  attendance: AttendanceRepository;
  approvals: ApprovalService;
  plans: PlansService;
  orgs: OrgRepository;
  eventLog: EventLog;
  events: EventRepository;
  /** Read only: who is queued for a class (told when it is cancelled), the seats taken (kept by an edit). */
  registrations: RegistrationRepository;
  /** The class's capacity or quotas grew: the waitlist takes up the seats (T-4). */
  seatsGrew(actor: Actor, classId: number): Promise<void>;
  grantsOf(userId: number): Promise<RoleGrant[]>;
}

const must = (decision: Decision) => {
  if (!decision.allowed) throw refused(decision);
};

/** What a class's rules and view need beside the class: its attendance, and where a deviation of it would go. */
interface ClassContext {
  deviationChain: number[];
  attendance: AttendanceCounts;
}

/**
 * Training classes, the manager's side (SPEC §3): the class form (暂存),
 * 实施 (at once, or up its plan's chain when it deviates, T-2 / A-7),
 * cancel, each checked against its rule and written with its event.
 */
export class ClassService {
  constructor(private readonly deps: ClassDeps) {}

  /** The org a class belongs to, or null when there is no such class: the routes' scope. */
  async orgPathOf(id: number): Promise<string | null> {
    return (await this.deps.classes.findById(id))?.orgPath ?? null;
  }

  private async reachable(actor: Actor, id: number): Promise<StoredClass> {
    const found = await this.deps.classes.findById(id);
    if (!found) throw notFound();
    actor.assertReaches(found.orgPath, MANAGER_ROLES);
    return found;
  }

  /** Where each class's deviation would go, and its attendance (T-6: confirmed hours keep it). */
  private async contexts(classes: readonly StoredClass[]): Promise<Map<number, ClassContext>> {
    const [counts, planRounds] = await Promise.all([
      this.deps.attendance.counts(classes.map((c) => c.id)),
      this.deps.approvals.latestRounds('plan', classes.map((c) => c.planId)),
    ]);
    const creators = [...new Set(classes.map((c) => c.plan.creatorId))];
    const adminPaths = new Map(
      await Promise.all(creators.map(async (id) => [id, (await this.deps.grantsOf(id)).filter((g) => ADMIN_ROLES.includes(g.role)).map((g) => g.orgPath)] as const)),
    );
    return new Map(
      classes.map((c) => [
        c.id,
        {
          deviationChain: deviationChain(planRounds.get(c.planId)?.chain ?? [], c.orgPath, adminPaths.get(c.plan.creatorId) ?? []),
          attendance: counts.get(c.id)!,
        },
      ]),
    );
  }

  private async views(classes: readonly StoredClass[], locale: Locale): Promise<TrainingClassDto[]> {
    const [contexts, rounds] = await Promise.all([this.contexts(classes), this.deps.approvals.latestRounds('class', classes.map((c) => c.id))]);
    const orgIds = [...new Set([...contexts.values()].flatMap((c) => c.deviationChain).concat([...rounds.values()].flatMap((r) => r.chain)))];
    const names = new Map((await this.deps.orgs.byIds(orgIds)).map((o) => [o.id, o.name]));
    const named = (ids: readonly number[]) => ids.map((id) => ({ id, name: names.get(id) ?? String(id) }));
    return classes.map((c) => {
      const context = contexts.get(c.id)!;
      const round = rounds.get(c.id);
      const deviations = classDeviations(c.plan, c);
      const actions = this.actionsOf(c, context);
      const { orgPath: _orgPath, approvedDeviations: _approved, createdBy: _createdBy, plan, ...fields } = c;
      return {
        ...fields,
        plan: { id: plan.id, name: plan.name, month: plan.month, budget: plan.budget, headcount: plan.headcount, days: plan.days, published: plan.published, revoked: plan.revoked, approval: plan.approval, fundingLevel: planFundingLevel(plan) },
        attendance: context.attendance,
        deviations,
        needsApproval: this.needsApproval(c, deviations),
        deviationChain: named(context.deviationChain).map((org): ChainStep => ({ orgId: org.id, orgName: org.name, state: 'waiting' })),
        chain: round ? chainSteps(named(round.chain), round.step, round.state) : [],
        actions: Object.fromEntries(CLASS_ACTIONS.map((a) => [a, localiseDecision(actions[a], locale)])) as TrainingClassDto['actions'],
      };
    });
  }

  /** T-2: a deviating class needs approval, unless an approval already covered exactly these deviations. */
  private needsApproval(c: StoredClass, deviations = classDeviations(c.plan, c)): boolean {
    if (deviations.length === 0) return false;
    return !(c.approval === 'approved' && c.approvedDeviations && sameDeviations(c.approvedDeviations, deviations));
  }

  async list(actor: Actor, filter: Omit<ClassFilter, 'scopePaths' | 'orgPath'> & { orgId?: number }, page: number, pageSize: number, locale: Locale): Promise<TrainingClassPage> {
    const { orgId, ...rest } = filter;
    let orgPath: string | undefined;
    if (orgId !== undefined) {
      const org = await this.deps.orgs.findById(orgId);
      if (!org) throw notFound();
      actor.assertReaches(org.path, MANAGER_ROLES);
      orgPath = org.path;
    }
    const { items, total } = await this.deps.classes.list({ ...rest, orgPath, scopePaths: actor.scopePaths(MANAGER_ROLES) }, page, pageSize);
    return { items: await this.views(items, locale), total, page, pageSize };
  }

  async get(actor: Actor, id: number, locale: Locale): Promise<TrainingClassDto> {
    const [view] = await this.views([await this.reachable(actor, id)], locale);
    return view;
  }

  /** Everything that happened to a class, oldest first (its audit trail). */
  async history(actor: Actor, id: number) {
    await this.reachable(actor, id);
    return this.deps.events.forSubject(`class:${id}`);
  }

  private actionsOf(c: StoredClass, context: ClassContext): Record<ClassAction, Decision> {
    return classActions({ state: c.state, approval: c.approval, hasConfirmedHours: context.attendance.confirmed > 0 }, c.plan);
  }

  /** A class the actor manages, with what its rules need. */
  private async withContext(actor: Actor, id: number): Promise<{ found: StoredClass; context: ClassContext; actions: Record<ClassAction, Decision> }> {
    const found = await this.reachable(actor, id);
    const context = (await this.contexts([found])).get(id)!;
    return { found, context, actions: this.actionsOf(found, context) };
  }

  /** A class's event: for the managers of its org and above, and for whoever created it. */
  private record(record: RecordEvent, type: string, c: StoredClass, actor: Actor, extra: object = {}, alsoTell: readonly number[] = []) {
    record({
      type,
      orgPath: c.orgPath,
      subject: `class:${c.id}`,
      payload: { id: c.id, name: c.name, planId: c.planId, ...extra },
      actorId: actor.id,
      audience: [managersOf(c.orgPath), ...users(c.createdBy, ...alsoTell)],
    });
  }

  /**
   * 暂存: the class as the form has it, based on the version the user saw
   * (409 when someone changed it). Its capacity and quotas may not drop
   * below the seats taken (T-4), checked under the class's lock, which
   * every registration takes too.
   */
  async save(actor: Actor, id: number, version: number, input: ClassInput, locale: Locale): Promise<TrainingClassDto> {
    const { found, actions } = await this.withContext(actor, id);
    must(actions.edit);
    const seats = seatChange(found, input);
    await this.deps.eventLog.transact(async (trx, record) => {
      if (seats.shrank) {
        // Fewer seats must still hold those taken: counted under the lock every registration takes.
        await this.deps.registrations.lockClass(trx, id);
        const issues = Object.entries(seatsKeptIssues(input, (await this.deps.registrations.seatsOf(id, trx)).taken));
        if (issues.length) throw new ApiError(400, 'VALIDATION_FAILED', Object.fromEntries(issues.map(([field, label]) => [`class.${field}`, label[locale]])));
      }
      if (!(await this.deps.classes.update(trx, id, version, { input }))) throw conflict();
      this.record(record, 'class.updated', { ...found, name: input.name }, actor);
    });
    if (seats.grew) await this.deps.seatsGrew(actor, id);
    return this.get(actor, id, locale);
  }

  /**
   * 实施 (T-2, T-3): a class as planned is implemented at once; one that
   * deviates goes to approval up its plan's chain, and is implemented once
   * approved. Of concurrent implements exactly one changes the class.
   */
  async implement(actor: Actor, id: number, version: number, locale: Locale): Promise<TrainingClassDto> {
    const { found, context, actions } = await this.withContext(actor, id);
    must(actions.implement);
    const deviations = classDeviations(found.plan, found);
    const chain = context.deviationChain;
    const submit = this.needsApproval(found, deviations) && chain.length > 0;
    await this.deps.eventLog.transact(async (trx, record) => {
      const change = submit ? { approval: 'pending' as const } : { state: 'implemented' as const, implementedAt: new Date() };
      if (!(await this.deps.classes.update(trx, id, version, { state: change }))) throw conflict();
      if (submit) {
        await this.submitRound(trx, found, chain, deviations, actor);
        this.record(record, 'class.submitted', found, actor, { chain, nextOrgId: chain[0], deviations: deviations.map((d) => d.field) });
      } else {
        this.record(record, 'class.implemented', found, actor);
      }
    });
    return this.get(actor, id, locale);
  }

  private submitRound(trx: Knex.Transaction, c: StoredClass, chain: number[], deviations: ReturnType<typeof classDeviations>, actor: Actor) {
    return this.deps.approvals.start(trx, 'class', c.id, chain, {
      subjectOrgId: c.orgId,
      creatorId: c.createdBy,
      submittedBy: actor.id,
      title: c.name,
      year: c.year,
      kind: c.mode,
      when: c.startAt,
      contact: c.contactName,
      fundingLevel: planFundingLevel(c.plan),
      snapshot: { ...Object.fromEntries(CLASS_INPUT_FIELDS.map((f) => [f, c[f]])), deviations: deviations.map((d) => d.field) },
    });
  }

  /** T-7: 实际支出 recorded after the class, at the version the manager saw (409 when someone changed it). */
  async recordSpending(actor: Actor, id: number, version: number, spent: number | null, locale: Locale): Promise<TrainingClassDto> {
    const { found, actions } = await this.withContext(actor, id);
    must(actions.recordSpending);
    await this.deps.eventLog.transact(async (trx, record) => {
      if (!(await this.deps.classes.update(trx, id, version, { spent }))) throw conflict();
      this.record(record, 'class.spending-recorded', found, actor, { spent });
    });
    return this.get(actor, id, locale);
  }

  /** Cancel: the class goes and its plan is 未实施 again (a waiting approval is withdrawn); never with confirmed hours (T-6). */
  async cancel(actor: Actor, id: number, version: number): Promise<void> {
    const { found, actions } = await this.withContext(actor, id);
    must(actions.cancel);
    await this.deps.eventLog.transact(async (trx, record) => {
      if (found.approval === 'pending') await this.deps.approvals.withdraw(trx, 'class', id);
      // Those registered go with the class (T-4); they are told it is cancelled.
      const registered = await this.deps.registrations.queuedUserIds(id, trx);
      if (!(await this.deps.classes.remove(trx, id, version))) throw conflict();
      await this.deps.plans.reopen(trx, record, found.planId, actor, { classId: id });
      this.record(record, 'class.cancelled', found, actor, {}, registered);
    });
  }
}
