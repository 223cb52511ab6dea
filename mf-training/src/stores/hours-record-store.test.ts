import { ApiRequestError } from '@casmooc/ui';
import type { HoursRecordDto } from '@casmooc/domain';
import { HoursRecordStore } from './hours-record-store';

const record = (year: number) => ({ year, years: [year], entries: [] }) as unknown as HoursRecordDto;

describe('HoursRecordStore', () => {
  it('loads the current year first, then the year chosen', async () => {
    const fetch = jest.fn(async (year?: number) => record(year ?? 2026));
    const store = new HoursRecordStore(fetch);
    await store.load();
    expect(store.record?.year).toBe(2026);
    await store.setYear(2025);
    expect(fetch).toHaveBeenLastCalledWith(2025);
    expect(store.record?.year).toBe(2025);
  });

  it('an account without a staff record has none, which is not an error', async () => {
    const store = new HoursRecordStore(async () => {
      throw new ApiRequestError(404, 'NOT_FOUND', '请求的资源不存在');
    });
    await store.load();
    expect(store.missing).toBe(true);
    expect(store.status.error).toBeNull();
  });

  it('a failure keeps what was shown and says why', async () => {
    let fail = false;
    const store = new HoursRecordStore(async () => {
      if (fail) throw new ApiRequestError(0, 'NETWORK', '无法连接服务器');
      return record(2026);
    });
    await store.load();
    fail = true;
    await store.load();
    expect(store.record?.year).toBe(2026);
    expect(store.status.error).toBe('无法连接服务器');
  });
});
