import { makeAutoObservable, runInAction } from 'mobx';
import type { AttendanceCounts, ClassInput, TimelineRoundDto, TrainingClassDto } from '@casmooc/domain';
import { NewestLoad } from '@casmooc/ui';
import type { TrainingClient } from '../api/training-client';

export type ClassCommand = 'save' | 'implement' | 'cancel';

/**
 * One class: its fields, states and actions (P-13), its approval history
 * and the commands on it. A command's answer replaces the class;
 * errors are thrown for the page to show, and the class stays as it was.
 */
export class ClassStore {
  trainingClass: TrainingClassDto | null = null;
  timeline: TimelineRoundDto[] = [];
  /** The class does not exist for this user (404), or it was cancelled. */
  missing = false;
  /** The command running, if any. */
  running: ClassCommand | null = null;
  readonly status = new NewestLoad();

  constructor(
    private readonly client: TrainingClient,
    readonly classId: number,
  ) {
    makeAutoObservable<ClassStore, 'client'>(this, { client: false, status: false, classId: false });
  }

  load(): Promise<void> {
    return this.status.run(
      () => Promise.all([this.client.get(this.classId), this.client.timeline(this.classId)]),
      ([found, timeline]) => {
        this.trainingClass = found;
        this.missing = found === null;
        this.timeline = timeline;
      },
    );
  }

  /** The attendance counts an attendance change answered with. */
  setAttendance(counts: AttendanceCounts): void {
    if (this.trainingClass) this.trainingClass.attendance = counts;
  }

  private async command<T>(name: ClassCommand, write: (c: TrainingClassDto) => Promise<T>): Promise<T> {
    this.running = name;
    try {
      return await write(this.trainingClass!);
    } finally {
      runInAction(() => (this.running = null));
    }
  }

  /** 暂存. */
  save(input: ClassInput): Promise<TrainingClassDto> {
    return this.command('save', async (c) => {
      const saved = await this.client.save(c, input);
      runInAction(() => (this.trainingClass = saved));
      return saved;
    });
  }

  /** 实施: at once, or submitted to approval when it deviates (T-2); the history shows the submission. */
  implement(): Promise<TrainingClassDto> {
    return this.command('implement', async (c) => {
      const done = await this.client.implement(c);
      const timeline = await this.client.timeline(c.id);
      runInAction(() => {
        this.trainingClass = done;
        this.timeline = timeline;
      });
      return done;
    });
  }

  /** 实施 from the form: the form's values are saved first, then implemented. */
  async saveAndImplement(input: ClassInput): Promise<TrainingClassDto> {
    await this.save(input);
    return this.implement();
  }

  cancel(): Promise<void> {
    return this.command('cancel', async (c) => {
      await this.client.cancel(c);
      runInAction(() => {
        this.trainingClass = null;
        this.missing = true;
      });
    });
  }
}
