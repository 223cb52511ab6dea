import {
  attendanceChange,
  MANAGER_ROLES,
  summariseConfirmation,
  type AddedAttendees,
  type AttendanceChange,
  type AttendeeFilter,
  type AttendeePage,
  type ConfirmationSummary,
  type Locale,
  type TrainingClassDto,
  type TrainingClassPage,
} from '@casmooc/domain';
import type { Actor } from '../auth/actor';
import { reachableStaff } from '../directory/reachable-staff';
import type { DirectoryRepository } from '../directory/repository';
import { ApiError, notFound, refused } from '../http/api-error';
import type { ClassFilter, StoredClass, TrainingRepository } from './repository';

const NOT_LISTED: Record<Locale, (n: number) => string> = {
  'zh-CN': (n) => `有 ${n} 人不在参会人员名单中`,
  'en-US': (n) => `${n} of them are not on the attendance list`,
};

export interface TrainingDeps {
  classes: TrainingRepository;
  directory: DirectoryRepository;
}

/** Training classes (SPEC §3) and their attendance (T-6), for the managers of the class's org and those above. */
export class TrainingService {
  constructor(private readonly deps: TrainingDeps) {}

  private async reachable(actor: Actor, id: number): Promise<StoredClass> {
    const found = await this.deps.classes.findById(id);
    if (!found) throw notFound();
    actor.assertReaches(found.orgPath, MANAGER_ROLES);
    return found;
  }

  private async views(classes: readonly StoredClass[]): Promise<TrainingClassDto[]> {
    const counts = await this.deps.classes.counts(classes.map((c) => c.id));
    return classes.map(({ orgPath: _orgPath, ...c }) => ({ ...c, attendance: counts.get(c.id)! }));
  }

  private async counts(id: number): Promise<AttendanceChange> {
    return { attendance: (await this.deps.classes.counts([id])).get(id)! };
  }

  async list(actor: Actor, filter: Omit<ClassFilter, 'scopePaths'>, page: number, pageSize: number): Promise<TrainingClassPage> {
    const { items, total } = await this.deps.classes.list({ ...filter, scopePaths: actor.scopePaths(MANAGER_ROLES) }, page, pageSize);
    return { items: await this.views(items), total, page, pageSize };
  }

  async get(actor: Actor, id: number): Promise<TrainingClassDto> {
    const [view] = await this.views([await this.reachable(actor, id)]);
    return view;
  }

  async attendees(actor: Actor, id: number, show: AttendeeFilter, text: string | undefined, page: number, pageSize: number): Promise<AttendeePage> {
    await this.reachable(actor, id);
    return { ...(await this.deps.classes.attendees(id, show, text, page, pageSize)), page, pageSize };
  }

  /** 其他人员添加 / 其他人员导入: people from the picker join the list; everyone must lie inside the actor's subtree. */
  async add(actor: Actor, id: number, staffIds: readonly number[], locale: Locale): Promise<AddedAttendees> {
    await this.reachable(actor, id);
    const people = await reachableStaff(this.deps.directory, actor, staffIds, locale);
    const added = await this.deps.classes.add(id, people.map((p) => p.id), actor.id);
    return { added, alreadyListed: people.length - added, ...(await this.counts(id)) };
  }

  /** The named people, all on the list and none with confirmed hours (T-6); otherwise nothing changes. */
  private async changeable(id: number, staffIds: readonly number[], locale: Locale): Promise<number[]> {
    const wanted = [...new Set(staffIds)];
    const states = await this.deps.classes.attendance(id, wanted);
    if (states.size < wanted.length) throw new ApiError(400, 'VALIDATION_FAILED', { staffIds: NOT_LISTED[locale](wanted.length - states.size) });
    for (const state of states.values()) {
      const decision = attendanceChange(state);
      if (!decision.allowed) throw refused(decision);
    }
    return wanted;
  }

  async setAttended(actor: Actor, id: number, staffIds: readonly number[], attended: boolean, locale: Locale): Promise<AttendanceChange> {
    await this.reachable(actor, id);
    await this.deps.classes.setAttended(id, await this.changeable(id, staffIds, locale), attended);
    return this.counts(id);
  }

  async remove(actor: Actor, id: number, staffIds: readonly number[], locale: Locale): Promise<AttendanceChange> {
    await this.reachable(actor, id);
    await this.deps.classes.remove(id, await this.changeable(id, staffIds, locale));
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
    const states = await this.deps.classes.attendance(id, wanted);
    const summary = summariseConfirmation(wanted ? wanted.map((s) => states.get(s)) : [...states.values()].filter((s) => s.attended));
    const confirmed = await this.deps.classes.confirm(id, wanted, found.hours, actor.id);
    // Whoever another confirmation got first already has their hours.
    const outcome = { ...summary, confirmed, already_confirmed: summary.already_confirmed + Math.max(0, summary.confirmed - confirmed) };
    return { ...outcome, ...(await this.counts(id)) };
  }
}
