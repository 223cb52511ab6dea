import { ApiRequestError } from '@casmooc/ui';
import type { ClassReportDto } from '@casmooc/domain';
import type { ReportClient } from '../api/report-client';
import { ReportStore } from './report-store';

const report = (version: number) => ({ class: { id: 7, version }, budget: { spent: null } }) as unknown as ClassReportDto;

describe('ReportStore', () => {
  it('records spending at the version read, then shows the report again', async () => {
    let version = 3;
    const client: ReportClient = {
      report: jest.fn(async () => report(version)),
      exportReport: jest.fn(),
      certificates: jest.fn(),
      recordSpending: jest.fn(async () => {
        version += 1;
        return {} as never;
      }),
    };
    const store = new ReportStore(client, 7);
    await store.load();
    await store.recordSpending(1200.5);
    expect(client.recordSpending).toHaveBeenCalledWith(7, 3, 1200.5);
    expect(store.report?.class.version).toBe(4);
  });

  it('a class the caller does not reach is missing, not an error', async () => {
    const client = { report: async () => Promise.reject(new ApiRequestError(404, 'NOT_FOUND', 'x')) } as unknown as ReportClient;
    const store = new ReportStore(client, 7);
    await store.load();
    expect(store.missing).toBe(true);
    expect(store.status.error).toBeNull();
  });
});
