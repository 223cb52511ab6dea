import type { DomainEvent } from '@casmooc/domain';
import { LiveCount } from './live-count';

const event = (type: string): DomainEvent => ({ id: 1, type, orgPath: '/1/', subject: 'plan:1', payload: {}, actorId: 2, createdAt: '2026-11-28T00:00:00Z' });

describe('LiveCount', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const setup = (totals: Array<number | Error>) => {
    const get = jest.fn(async () => {
      const next = totals.shift() ?? 0;
      if (next instanceof Error) throw next;
      return next;
    });
    let listener: (e: DomainEvent) => void = () => undefined;
    const store = new LiveCount(get, /^[a-z]+\.(submitted|decided)$/);
    store.start((l) => ((listener = l), () => undefined));
    return { store, get, emit: (type: string) => listener(event(type)) };
  };

  it('reads the count on start and once after a burst of submits and decisions', async () => {
    const { store, get, emit } = setup([2, 5]);
    await jest.runAllTimersAsync();
    expect(store.count).toBe(2);
    emit('plan.submitted');
    emit('plan.decided');
    emit('plan.published');
    await jest.advanceTimersByTimeAsync(300);
    expect(get).toHaveBeenCalledTimes(2);
    expect(store.count).toBe(5);
  });

  it('keeps the last count when a read fails, and forgets it on stop', async () => {
    const { store, emit } = setup([3, new Error('offline')]);
    await jest.runAllTimersAsync();
    emit('plan.decided');
    await jest.advanceTimersByTimeAsync(300);
    expect(store.count).toBe(3);
    store.stop();
    expect(store.count).toBe(0);
  });
});
