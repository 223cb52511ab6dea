import { action, makeObservable, observable } from 'mobx';
import type { HoursRecordDto } from '@casmooc/domain';
import { isApiRequestError, NewestLoad } from '@casmooc/ui';

/**
 * One person's record of a year (我的学时, or a manager's view of someone):
 * the newest answer only, the year shown, and whether there is a record
 * at all (an account without a staff record has none: 404).
 */
export class HoursRecordStore {
  record: HoursRecordDto | null = null;
  year: number | undefined = undefined;
  missing = false;
  readonly status = new NewestLoad();

  constructor(private readonly fetch: (year: number | undefined) => Promise<HoursRecordDto>) {
    makeObservable(this, { record: observable.ref, year: observable, missing: observable, show: action, setYear: action });
  }

  /** Loads the year shown (the current year until one is chosen). */
  load(): Promise<void> {
    return this.status.run(
      async () => {
        try {
          return await this.fetch(this.year);
        } catch (e) {
          if (isApiRequestError(e) && e.status === 404) return null;
          throw e;
        }
      },
      (record) => this.show(record),
    );
  }

  setYear(year: number): Promise<void> {
    this.year = year;
    return this.load();
  }

  /** An answer that carries the record (after a write), or null when there is none. */
  show(record: HoursRecordDto | null): void {
    this.record = record;
    this.missing = record === null;
    if (record) this.year = record.year;
  }
}
