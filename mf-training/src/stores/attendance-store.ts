import { makeAutoObservable, runInAction } from 'mobx';
import type { AddedAttendees, AttendanceCounts, AttendeeDto, AttendeeFilter, StaffSummary, TrainingClassDto } from '@casmooc/domain';
import { attendanceChange } from '@casmooc/domain';
import { NewestLoad, PagedList } from '@casmooc/ui';
import type { Confirmation, TrainingClient } from '../api/training-client';

export interface AttendeeFilters {
  show: AttendeeFilter;
  q?: string;
}

/**
 * One class's page: its facts and its 实际参会人员 (T-6), the people ticked
 * on the visible page, and the changes made to them. Errors of changes are
 * thrown for the page to show; the list stays as it was.
 */
export class AttendanceStore {
  trainingClass: TrainingClassDto | null = null;
  /** The class does not exist for this user. */
  missing = false;
  readonly classStatus = new NewestLoad();
  readonly people: PagedList<AttendeeDto, AttendeeFilters>;
  selected: number[] = [];
  busy = false;

  constructor(
    private readonly client: TrainingClient,
    readonly classId: number,
  ) {
    this.people = new PagedList<AttendeeDto, AttendeeFilters>((query) => client.attendees(classId, query), { show: 'all' });
    makeAutoObservable<AttendanceStore, 'client'>(this, { client: false, classStatus: false, people: false, classId: false });
  }

  get counts(): AttendanceCounts {
    return this.trainingClass?.attendance ?? { added: 0, attended: 0, confirmed: 0 };
  }

  /** Selected people on the visible page: those whose hours are confirmed cannot change (T-6) and are not selectable. */
  get selectedPeople(): AttendeeDto[] {
    return this.people.items.filter((p) => this.selected.includes(p.id));
  }

  selectable(person: AttendeeDto): boolean {
    return attendanceChange(person).allowed;
  }

  select(ids: number[]) {
    this.selected = ids;
  }

  load(): Promise<void> {
    return Promise.all([this.loadClass(), this.reloadPeople()]).then(() => undefined);
  }

  private loadClass(): Promise<void> {
    return this.classStatus.run(
      () => this.client.get(this.classId),
      (found) => {
        this.trainingClass = found;
        this.missing = found === null;
      },
    );
  }

  private async reloadPeople(): Promise<void> {
    await this.people.load();
    runInAction(() => (this.selected = this.selected.filter((id) => this.people.items.some((p) => p.id === id && this.selectable(p)))));
  }

  search(filters: AttendeeFilters): Promise<void> {
    this.selected = [];
    return this.people.search(filters);
  }

  private async change<T extends { attendance: AttendanceCounts } | AttendanceCounts>(write: () => Promise<T>): Promise<T> {
    this.busy = true;
    try {
      const answer = await write();
      runInAction(() => {
        if (this.trainingClass) this.trainingClass.attendance = 'attendance' in answer ? answer.attendance : answer;
      });
      await this.reloadPeople();
      return answer;
    } finally {
      runInAction(() => (this.busy = false));
    }
  }

  /** 其他人员添加 / 其他人员导入: whom the picker chose joins the list. */
  add(people: readonly StaffSummary[]): Promise<AddedAttendees> {
    return this.change(() => this.client.add(this.classId, people.map((p) => p.id)));
  }

  /** Ticks or unticks the selected people. */
  async mark(attended: boolean): Promise<AttendanceCounts> {
    const counts = await this.change(() => this.client.setAttended(this.classId, this.selected, attended));
    this.select([]);
    return counts;
  }

  async removeSelected(): Promise<AttendanceCounts> {
    const counts = await this.change(() => this.client.remove(this.classId, this.selected));
    this.select([]);
    return counts;
  }

  /** 学时确认: for the selected people, or everyone ticked when none is selected. */
  async confirm(): Promise<Confirmation> {
    const selected = this.selected.length > 0 ? [...this.selected] : undefined;
    const answer = await this.change(() => this.client.confirm(this.classId, selected));
    this.select([]);
    return answer;
  }
}
