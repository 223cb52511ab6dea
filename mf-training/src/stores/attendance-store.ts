import { makeAutoObservable, runInAction } from 'mobx';
import type { AddedAttendees, AttendanceChange, AttendanceCounts, AttendeeDto, AttendeeFilter, StaffSummary } from '@casmooc/domain';
import { attendanceChange } from '@casmooc/domain';
import { PagedList } from '@casmooc/ui';
import type { Confirmation, TrainingClient } from '../api/training-client';
import type { ClassStore } from './class-store';

export interface AttendeeFilters {
  show: AttendeeFilter;
  q?: string;
}

/**
 * A class's 实际参会人员 (T-6): the people, those ticked on the visible page,
 * and the changes made to them; the counts live with the class. Errors of
 * changes are thrown for the page to show; the list stays as it was.
 */
export class AttendanceStore {
  readonly people: PagedList<AttendeeDto, AttendeeFilters>;
  selected: number[] = [];
  busy = false;

  constructor(
    private readonly client: TrainingClient,
    private readonly classes: ClassStore,
  ) {
    this.people = new PagedList<AttendeeDto, AttendeeFilters>((query) => client.attendees(classes.classId, query), { show: 'all' });
    makeAutoObservable<AttendanceStore, 'client' | 'classes'>(this, { client: false, classes: false, people: false });
  }

  private get classId(): number {
    return this.classes.classId;
  }

  get counts(): AttendanceCounts {
    return this.classes.trainingClass?.attendance ?? { added: 0, attended: 0, confirmed: 0 };
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
    return this.people.load();
  }

  search(filters: AttendeeFilters): Promise<void> {
    this.selected = [];
    return this.people.search(filters);
  }

  /** Writes a change, takes the counts from the answer and reads the page again; the selection is done with. */
  private async change<T extends AttendanceChange>(write: () => Promise<T>): Promise<T> {
    this.busy = true;
    try {
      const answer = await write();
      runInAction(() => {
        this.classes.setAttendance(answer.attendance);
        this.selected = [];
      });
      await this.people.load();
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
  mark(attended: boolean): Promise<AttendanceChange> {
    return this.change(() => this.client.setAttended(this.classId, this.selected, attended));
  }

  removeSelected(): Promise<AttendanceChange> {
    return this.change(() => this.client.remove(this.classId, this.selected));
  }

  /** 学时确认: for the selected people, or everyone ticked when none is selected. */
  confirm(): Promise<Confirmation> {
    return this.change(() => this.client.confirm(this.classId, this.selected.length > 0 ? this.selected : undefined));
  }
}
