import { action, makeObservable, observable } from 'mobx';
import type { ClassReportDto } from '@casmooc/domain';
import { isApiRequestError, NewestLoad } from '@casmooc/ui';
import type { ReportClient } from '../api/report-client';

/** A class's report (T-7): the newest answer only, and whether the class exists for the caller (404). */
export class ReportStore {
  report: ClassReportDto | null = null;
  missing = false;
  readonly status = new NewestLoad();

  constructor(
    private readonly client: ReportClient,
    readonly classId: number,
  ) {
    makeObservable(this, { report: observable.ref, missing: observable, show: action });
  }

  load(): Promise<void> {
    return this.status.run(
      async () => {
        try {
          return await this.client.report(this.classId);
        } catch (e) {
          if (isApiRequestError(e) && e.status === 404) return null;
          throw e;
        }
      },
      (report) => this.show(report),
    );
  }

  show(report: ClassReportDto | null): void {
    this.report = report;
    this.missing = report === null;
  }

  /** 实际支出 at the version the report was read at; the report is read again after. */
  async recordSpending(spent: number | null): Promise<void> {
    if (!this.report) return;
    await this.client.recordSpending(this.classId, this.report.class.version, spent);
    await this.load();
  }
}
