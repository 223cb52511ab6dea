import type { Knex } from 'knex';
import {
  academyMinute,
  decideDecision,
  hasSeatFor,
  holdersWithin,
  localiseDecision,
  managersOf,
  MANAGER_ROLES,
  pathIds,
  pathsDownTo,
  promotions,
  quotas,
  registerDecision,
  ROLES,
  seatsLeft,
  underSubscribed,
  users,
  withdrawDecision,
  type AudienceEntry,
  type DecisionOutcome,
  type Locale,
  type MyRegistrationDto,
  type OpenClassDto,
  type OpenClassPage,
  type OpenClassQuery,
  type PublicClassPage,
  type Registrant,
  type RegistrationDecisionInput,
  type RegistrationEventType,
  type RegistrationOutcome,
  type RegistrationPage,
  type RegistrationQuery,
  type RegistrationState,
  type SeatsDto,
} from '@casmooc/domain';
import type { Actor } from '../auth/actor';
import type { EventLog, RecordEvent } from '../events/event-log';
import { conflict, notFound, refused } from '../http/api-error';
import type { Owner } from '../http/api-router';
import type { OrgRepository } from '../orgs/repository';
import type { AttendanceRepository } from '../training/attendance-repository';
import type { ClassRepository, StoredClass } from '../training/class-repository';
import type { RegistrationRepository, SeatState, StoredRegistration } from './repository';

/** How much of the waitlist is read at a time when seats free. */
const WAITLIST_PAGE = 50;

export interface RegistrationDeps {
  registrations: RegistrationRepository;
  classes: ClassRepository;
  attendance: AttendanceRepository;
  orgs: OrgRepository;
  eventLog: EventLog;
  now?: () => Date;
}

/** Who may see a class (T-4 公开范围), as a route's scope: its org, and the orgs it is open to. */
export function registrationOwner(found: Pick<StoredClass, 'orgPath' | 'visibility'>): Owner {
  const root = `/${pathIds(found.orgPath)[0]}/`;
  const openTo = { private: [], institute: [found.orgPath], academy: [root], public: [root] }[found.visibility];
  return { orgPath: found.orgPath, sharedWith: openTo };
}

function seatsOf(found: StoredClass, { taken, waitlisted }: SeatState): SeatsDto {
  const byQuota = Object.entries(quotas(found)).map(([post, quota]) => [post, { quota, taken: taken.byPost[post as keyof typeof taken.byPost] }]);
  return { capacity: found.headcount, taken: taken.total, left: seatsLeft(found, taken), waitlisted, quotas: Object.fromEntries(byQuota) };
}

function openClassOf(found: StoredClass, seats: SeatsDto): OpenClassDto {
  return {
    id: found.id,
    name: found.name,
    orgName: found.orgName,
    organiser: found.organiser,
    mode: found.mode,
    startAt: found.startAt,
    endAt: found.endAt,
    hours: found.hours,
    days: found.days,
    hoursCategory: found.hoursCategory,
    visibility: found.visibility,
    registrationFrom: found.registrationFrom,
    registrationTo: found.registrationTo,
    registrationApproval: found.registrationApproval,
    contactName: found.contactName,
    contactPhone: found.contactPhone,
    contactEmail: found.contactEmail,
    seats,
  };
}

/**
 * 报名 (T-4): staff register for the classes open to them and withdraw;
 * the class's managers approve or decline. Every change of a class's
 * queue runs under the class's row lock, so seats and the waitlist order
 * hold under concurrent requests; an approved (or unapproved, where none
 * is needed) registration puts the person on the attendance list in the
 * same transaction.
 */
export class RegistrationService {
  private readonly now: () => Date;

  constructor(private readonly deps: RegistrationDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** The caller as a registrant: their staff record's org and post type, or null without one. */
  private async registrant(actor: Actor): Promise<(Registrant & { staffId: number }) | null> {
    const staff = actor.user.staff;
    if (!staff) return null;
    const org = await this.deps.orgs.findById(staff.orgId);
    return org && { staffId: staff.id, orgPath: org.path, postType: staff.postType };
  }

  private async found(id: number, conn?: Knex.Transaction): Promise<StoredClass> {
    const found = await this.deps.classes.findById(id, conn);
    if (!found) throw notFound();
    return found;
  }

  /**
   * Who reaches a class from the staff side: those its 公开范围 opens it to
   * (and its managers); and whoever registered for it keeps it (to see it
   * and withdraw), whatever its 公开范围 became since.
   */
  async scopeOf(id: number, actor: Actor): Promise<Owner | null> {
    const found = await this.deps.classes.findById(id);
    if (!found) return null;
    const staff = actor.user.staff;
    if (staff && (await this.deps.registrations.findMine(id, staff.id))) return { userId: actor.id };
    return registrationOwner(found);
  }

  private mine(found: StoredClass, person: Registrant | null, reg: StoredRegistration | null, position: number | null, hoursConfirmed: boolean, locale: Locale): MyRegistrationDto {
    const now = academyMinute(this.now());
    const state = reg?.state ?? null;
    return {
      state,
      waitPosition: position,
      reason: reg?.reason ?? '',
      updatedAt: reg?.updatedAt ?? null,
      actions: {
        register: localiseDecision(registerDecision(found, person, state, now), locale),
        withdraw: localiseDecision(withdrawDecision(found, state, hoursConfirmed, now), locale),
      },
    };
  }

  /** 可报名培训: the classes open to the caller now, each with its seats and the caller's own registration. */
  async openClasses(actor: Actor, query: OpenClassQuery, locale: Locale): Promise<OpenClassPage> {
    const person = await this.registrant(actor);
    if (!person) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    const { items, total } = await this.deps.classes.openTo({ orgPaths: pathsDownTo(person.orgPath) }, academyMinute(this.now()), query.q, query.page, query.pageSize);
    return { items: await this.withMine(items, person, locale), total, page: query.page, pageSize: query.pageSize };
  }

  /** 我的培训: every class the caller registered for, newest first, whatever its window now. */
  async myClasses(actor: Actor, locale: Locale): Promise<OpenClassPage> {
    const person = await this.registrant(actor);
    if (!person) return { items: [], total: 0, page: 1, pageSize: 0 };
    const classes = await this.deps.classes.findByIds(await this.deps.registrations.classIdsOf(person.staffId));
    return { items: await this.withMine(classes, person, locale), total: classes.length, page: 1, pageSize: classes.length };
  }

  /** One class as the caller sees it before registering (the route's scope checked it is open to them). */
  async openClass(actor: Actor, id: number, locale: Locale): Promise<OpenClassPage['items'][number]> {
    const [item] = await this.withMine([await this.found(id)], await this.registrant(actor), locale);
    return item;
  }

  private async withMine(classes: readonly StoredClass[], person: (Registrant & { staffId: number }) | null, locale: Locale): Promise<OpenClassPage['items']> {
    const ids = classes.map((c) => c.id);
    // A few queries for the whole page; only someone waitlisted costs one more (their place).
    const [seats, mine, confirmed] = await Promise.all([
      this.deps.registrations.seats(ids),
      person ? this.deps.registrations.mineFor(ids, person.staffId) : new Map<number, StoredRegistration>(),
      person ? this.deps.attendance.confirmedIn(person.staffId, ids) : new Set<number>(),
    ]);
    return Promise.all(
      classes.map(async (c) => {
        const reg = mine.get(c.id) ?? null;
        const position = reg ? ((await this.deps.registrations.waitPositions(c.id, [reg])).get(reg.id) ?? null) : null;
        return { ...openClassOf(c, seatsOf(c, seats.get(c.id)!)), mine: this.mine(c, person, reg, position, confirmed.has(c.id), locale) };
      }),
    );
  }

  /** 对外公开: listed without signing in, read-only. */
  async publicClasses(query: OpenClassQuery): Promise<PublicClassPage> {
    const { items, total } = await this.deps.classes.openTo('public', academyMinute(this.now()), query.q, query.page, query.pageSize);
    const seats = await this.deps.registrations.seats(items.map((c) => c.id));
    return { items: items.map((c) => openClassOf(c, seatsOf(c, seats.get(c.id)!))), total, page: query.page, pageSize: query.pageSize };
  }

  /** Who hears of a class's seats: everyone who may see it (counts only, no names). */
  private seatsAudience(found: StoredClass): AudienceEntry[] {
    const owner = registrationOwner(found);
    return [managersOf(found.orgPath), ...('sharedWith' in owner ? (owner.sharedWith ?? []) : []).map((path) => holdersWithin(path, ROLES))];
  }

  /**
   * A change of the class's queue, under its lock: `work` moves
   * registrations; then the waitlisted get the seats that freed, in
   * order; then the seats and each change are announced.
   */
  private async changeQueue<T>(actor: Actor, classId: number, work: (trx: Knex.Transaction, found: StoredClass, before: SeatState, record: RecordEvent) => Promise<T>): Promise<{ result: T; promoted: number; seats: SeatsDto }> {
    return this.deps.eventLog.transact(async (trx, record) => {
      const { registrations } = this.deps;
      await registrations.lockClass(trx, classId);
      const found = await this.found(classId, trx);
      const result = await work(trx, found, await registrations.seatsOf(classId, trx), record);
      let after = await registrations.seatsOf(classId, trx);
      const promoted = await this.nextInLine(trx, found, after);
      for (const next of promoted) {
        const state = await this.seat(trx, found, next, actor.id);
        this.announce(record, actor, found, 'registration.promoted', [next.userId], { state });
      }
      if (promoted.length) after = await registrations.seatsOf(classId, trx);
      const seats = seatsOf(found, after);
      // Counts derived from the registrations: live for lists, not part of the class's audit trail.
      record({ type: 'seats.changed', orgPath: found.orgPath, subject: `seats:class:${found.id}`, payload: { id: found.id, seats }, actorId: actor.id, audience: this.seatsAudience(found) });
      return { result, promoted: promoted.length, seats };
    });
  }

  /**
   * Whom the free seats go to: the waitlist read from its head, a page at
   * a time, only while seats remain for someone on it (a person whose
   * quota is reached is passed over, T-4).
   */
  private async nextInLine(trx: Knex.Transaction, found: StoredClass, seats: SeatState): Promise<StoredRegistration[]> {
    const free = seatsLeft(found, seats.taken);
    if (seats.waitlisted === 0 || free === 0) return [];
    let read: StoredRegistration[] = [];
    for (let offset = 0; ; offset += WAITLIST_PAGE) {
      const page = await this.deps.registrations.waitlist(found.id, trx, offset, WAITLIST_PAGE);
      read = read.concat(page);
      const promoted = promotions(found, seats.taken, read);
      if (promoted.length >= free || page.length < WAITLIST_PAGE) return promoted;
    }
  }

  /** A seat for someone: 待审批 where registration needs approval, otherwise 已报名 and on the attendance list. */
  private async seat(trx: Knex.Transaction, found: StoredClass, reg: Pick<StoredRegistration, 'id' | 'version' | 'staffId'>, by: number): Promise<RegistrationState> {
    const state: RegistrationState = found.registrationApproval ? 'pending' : 'registered';
    if (!(await this.deps.registrations.move(trx, [reg], state))) throw conflict();
    if (state === 'registered') await this.deps.attendance.add(trx, found.id, [reg.staffId], by);
    return state;
  }

  private announce(record: RecordEvent, actor: Actor, found: StoredClass, type: Exclude<RegistrationEventType, 'seats.changed'>, userIds: readonly number[], payload: object): void {
    record({
      type,
      orgPath: found.orgPath,
      subject: `class:${found.id}`,
      payload: { id: found.id, name: found.name, count: userIds.length, ...payload },
      actorId: actor.id,
      audience: [managersOf(found.orgPath), ...users(...userIds)],
    });
  }

  /** The class's capacity or quotas grew (the class form): whoever waits next gets the seats, and is told. */
  async reseat(actor: Actor, classId: number): Promise<void> {
    if ((await this.deps.registrations.seatsOf(classId)).waitlisted === 0) return;
    await this.changeQueue(actor, classId, async () => undefined);
  }

  /** 报名: a seat if one is free for the person's post type (T-4 capacity, quotas), else the end of the waitlist. */
  async register(actor: Actor, classId: number): Promise<RegistrationOutcome> {
    const person = await this.registrant(actor);
    const { result: state, seats } = await this.changeQueue(actor, classId, async (trx, found, before, record) => {
      const earlier = person && (await this.deps.registrations.findMine(classId, person.staffId, trx));
      const decision = registerDecision(found, person, earlier?.state ?? null, academyMinute(this.now()));
      if (!decision.allowed) throw refused(decision);
      const entry = { classId, staffId: person!.staffId, userId: actor.id, postType: person!.postType, state: 'waitlisted' as RegistrationState };
      const id = await this.deps.registrations.enqueue(trx, entry, earlier);
      // Nobody waiting fits a free seat (they would have had it), so a seat that fits this person is theirs.
      const seated = hasSeatFor(found, before.taken, entry.postType);
      const state = seated ? await this.seat(trx, found, (await this.deps.registrations.findById(id, trx))!, actor.id) : 'waitlisted';
      this.announce(record, actor, found, 'registration.created', [actor.id], { person: actor.user.displayName, state });
      return state;
    });
    return { state, seats };
  }

  /** 退出报名: the seat (or the place on the waitlist) goes; whoever waits next gets a freed seat, and is told. */
  async withdraw(actor: Actor, classId: number): Promise<RegistrationOutcome> {
    const person = await this.registrant(actor);
    const hoursConfirmed = person ? (await this.deps.attendance.confirmedIn(person.staffId, [classId])).has(classId) : false;
    const { seats } = await this.changeQueue(actor, classId, async (trx, found, _queue, record) => {
      const mine = person && (await this.deps.registrations.findMine(classId, person.staffId, trx));
      const decision = withdrawDecision(found, mine?.state ?? null, hoursConfirmed, academyMinute(this.now()));
      if (!decision.allowed) throw refused(decision);
      if (!(await this.deps.registrations.move(trx, [mine!], 'withdrawn'))) throw conflict();
      if (mine!.state === 'registered') await this.deps.attendance.remove(trx, classId, [mine!.staffId]);
      this.announce(record, actor, found, 'registration.withdrawn', [actor.id], { person: actor.user.displayName, was: mine!.state });
    });
    return { state: 'withdrawn', seats };
  }

  /** The class's registrations by state, with counts, seats and the under-subscription alert, for its managers. */
  async list(actor: Actor, classId: number, query: RegistrationQuery): Promise<RegistrationPage> {
    const found = await this.found(classId);
    actor.assertReaches(found.orgPath, MANAGER_ROLES);
    const [page, counts, seats] = await Promise.all([
      this.deps.registrations.list(classId, query.state, query.q, query.page, query.pageSize),
      this.deps.registrations.counts(classId),
      this.deps.registrations.seatsOf(classId),
    ]);
    const position = await this.deps.registrations.waitPositions(classId, page.items);
    return {
      items: page.items.map((r) => ({
        id: r.id,
        person: r.person,
        state: r.state,
        waitPosition: position.get(r.id) ?? null,
        registeredAt: r.registeredAt,
        decidedAt: r.decidedAt,
        deciderName: r.deciderName,
        reason: r.reason,
        version: r.version,
      })),
      total: page.total,
      page: query.page,
      pageSize: query.pageSize,
      counts,
      seats: seatsOf(found, seats),
      underSubscribed: underSubscribed(found, seats.taken, this.now()),
    };
  }

  /**
   * 报名审批, one or many: all of them or none. Approving puts each person
   * on the attendance list; declining frees their seats for the waitlist.
   */
  async decide(actor: Actor, classId: number, input: RegistrationDecisionInput): Promise<DecisionOutcome> {
    const ids = [...new Set(input.ids)];
    const { promoted, seats } = await this.changeQueue(actor, classId, async (trx, found, _queue, record) => {
      const regs = await Promise.all(ids.map((id) => this.deps.registrations.findById(id, trx)));
      if (regs.some((r) => !r || r.classId !== classId)) throw notFound();
      for (const reg of regs) {
        const decision = decideDecision(reg!.state);
        if (!decision.allowed) throw refused(decision);
      }
      const approve = input.decision === 'approve';
      if (!(await this.deps.registrations.move(trx, regs as StoredRegistration[], approve ? 'registered' : 'declined', { by: actor.id, reason: approve ? '' : input.reason }))) throw conflict();
      if (approve) await this.deps.attendance.add(trx, classId, regs.map((r) => r!.staffId), actor.id);
      this.announce(record, actor, found, approve ? 'registration.approved' : 'registration.declined', regs.map((r) => r!.userId), { reason: approve ? '' : input.reason });
    });
    return { decided: ids.length, promoted, seats };
  }
}
