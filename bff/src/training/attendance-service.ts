import {
  attendanceChange,
  MANAGER_ROLES,
  managersOf,
  summariseConfirmation,
  type AddedAttendees,
  type AttendanceChange,
  type AttendeeFilter,
  type AttendeePage,
  type ConfirmationSummary,
  type Locale,
  users,
} from '@casmooc/domain';
import type { Knex } from 'knex';
import type { Actor } from '../auth/actor';
import type { EventLog } from '../events/event-log';
import { reachableStaff } from '../directory/reachable-staff';
import type { DirectoryRepository } from '../directory/repository';
import { ApiError, notFound, refused } from '../http/api-error';
import type { AttendanceRepository } from './attendance-repository';
import type { ClassRepository, StoredClass } from './class-repository';
import type { HoursService } from '../hours/service';

const NOT_LISTED: Record<Locale, (n: number) => string> = {
  'zh-CN': (n) => `有 ${n} 人不在参会人员名单中`,
  'en-US': (n) => `${n} of them are not on the attendance list`,
};

export interface AttendanceDeps {
  classes: ClassRepository;
  attendance: AttendanceRepository;
  directory: DirectoryRepository;
  eventLog: EventLog;
  /** The continuing-education ledger a 学时确认 credits, in its own transaction. */
  hours: Pick<HoursService, 'creditClass'>;
}

type AttendanceEvent = 'class.attendees-added' | 'class.attendees-removed' | 'class.attendance-marked' | 'class.hours-confirmed';

/** A class's attendance (实际参会人员, T-6), for the managers of the class's org and those above. */
export class AttendanceService {
  constructor(private readonly deps: AttendanceDeps) {}

  private async reachable(actor: Actor, id: number): Promise<StoredClass> {
    const found = await this.deps.classes.findById(id);
    if (!found) throw notFound();
    actor.assertReaches(found.orgPath, MANAGER_ROLES);
    return found;
  }

  private async counts(id: number): Promise<AttendanceChange> {
    return { attendance: (await this.deps.attendance.counts([id])).get(id)! };
  }

  async attendees(actor: Actor, id: number, show: AttendeeFilter, text: string | undefined, page: number, pageSize: number): Promise<AttendeePage> {
    await this.reachable(actor, id);
    return { ...(await this.deps.attendance.attendees(id, show, text, page, pageSize)), page, pageSize };
  }

  /**
   * An attendance change and its event in one transaction (audited): for
   * the class's managers and those above, and for the people it concerns
   * who have an account (their own hours, say).
   */
  private change<T>(actor: Actor, found: StoredClass, type: AttendanceEvent, work: (trx: Knex.Transaction) => Promise<{ result: T; payload: object; staffIds: readonly number[] }>): Promise<T> {
    return this.deps.eventLog.transact(async (trx, record) => {
      const { result, payload, staffIds } = await work(trx);
      const concerned = type === 'class.hours-confirmed' ? await this.deps.directory.userIdsOf(staffIds, trx) : [];
      record({
        type,
        orgPath: found.orgPath,
        subject: `class:${found.id}`,
        payload: { id: found.id, name: found.name, count: staffIds.length, ...payload },
        actorId: actor.id,
        audience: [managersOf(found.orgPath), ...users(...concerned)],
      });
      return result;
    });
  }

  /** 其他人员添加 / 其他人员导入: people from the picker join the list; everyone must lie inside the actor's subtree. */
  async add(actor: Actor, id: number, staffIds: readonly number[], locale: Locale): Promise<AddedAttendees> {
    const found = await this.reachable(actor, id);
    const people = (await reachableStaff(this.deps.directory, actor, staffIds, locale)).map((p) => p.id);
    const added = await this.change(actor, found, 'class.attendees-added', async (trx) => {
      const added = await this.deps.attendance.add(trx, id, people, actor.id);
      return { result: added, payload: { added }, staffIds: people };
    });
    return { added, alreadyListed: people.length - added, ...(await this.counts(id)) };
  }

  /** The named people, all on the list and none with confirmed hours (T-6); otherwise nothing changes. */
  private async changeable(id: number, staffIds: readonly number[], locale: Locale): Promise<number[]> {
    const wanted = [...new Set(staffIds)];
    const states = await this.deps.attendance.attendance(id, wanted);
    if (states.size < wanted.length) throw new ApiError(400, 'VALIDATION_FAILED', { staffIds: NOT_LISTED[locale](wanted.length - states.size) });
    for (const state of states.values()) {
      const decision = attendanceChange(state);
      if (!decision.allowed) throw refused(decision);
    }
    return wanted;
  }

  async setAttended(actor: Actor, id: number, staffIds: readonly number[], attended: boolean, locale: Locale): Promise<AttendanceChange> {
    const found = await this.reachable(actor, id);
    const people = await this.changeable(id, staffIds, locale);
    await this.change(actor, found, 'class.attendance-marked', async (trx) => {
      await this.deps.attendance.setAttended(trx, id, people, attended);
      return { result: undefined, payload: { attended }, staffIds: people };
    });
    return this.counts(id);
  }

  async remove(actor: Actor, id: number, staffIds: readonly number[], locale: Locale): Promise<AttendanceChange> {
    const found = await this.reachable(actor, id);
    const people = await this.changeable(id, staffIds, locale);
    await this.change(actor, found, 'class.attendees-removed', async (trx) => {
      await this.deps.attendance.remove(trx, id, people);
      return { result: undefined, payload: {}, staffIds: people };
    });
    return this.counts(id);
  }

  /**
   * 学时确认 (T-6): the class's hours for the named people (everyone ticked
   * when none are named) who attended and are not yet confirmed; the answer
   * says what became of each.
   */
  async confirm(actor: Actor, id: number, staffIds: readonly number[] | undefined): Promise<ConfirmationSummary & AttendanceChange> {
    const found = await this.reachable(actor, id);
    const wanted = staffIds && [...new Set(staffIds)];
    const states = await this.deps.attendance.attendance(id, wanted);
    const summary = summariseConfirmation(wanted ? wanted.map((s) => states.get(s)) : [...states.values()].filter((s) => s.attended));
    const confirmed = await this.change(actor, found, 'class.hours-confirmed', async (trx) => {
      const ids = await this.deps.attendance.confirm(trx, id, wanted, found.hours, actor.id);
      await this.deps.hours.creditClass(trx, found, ids, actor.id);
      return { result: ids.length, payload: { hours: found.hours }, staffIds: ids };
    });
    // Whoever another confirmation got first already has their hours.
    const outcome = { ...summary, confirmed, already_confirmed: summary.already_confirmed + Math.max(0, summary.confirmed - confirmed) };
    return { ...outcome, ...(await this.counts(id)) };
  }
}
