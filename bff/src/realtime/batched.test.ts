import { BATCH_LIMIT, batched, sharedPerTurn } from './batched';

describe('batched', () => {
  it('answers every key asked for in one turn with one load, each caller with its own value', async () => {
    const loads: number[][] = [];
    const square = batched(async (keys: number[]) => (loads.push(keys), new Map(keys.map((k) => [k, k * k]))));
    expect(await Promise.all([square(2), square(3), square(2)])).toEqual([4, 9, 4]);
    expect(loads).toEqual([[2, 3]]);
    expect(await square(4)).toBe(16);
    expect(loads).toEqual([[2, 3], [4]]);
  });

  it('starts another batch past the limit, and a key the load leaves out resolves undefined', async () => {
    const loads: number[][] = [];
    const even = batched(async (keys: number[]) => (loads.push(keys), new Map(keys.filter((k) => k % 2 === 0).map((k) => [k, true]))));
    const answers = await Promise.all(Array.from({ length: BATCH_LIMIT + 1 }, (_, i) => even(i)));
    expect(loads.map((keys) => keys.length)).toEqual([BATCH_LIMIT, 1]);
    expect(answers[1]).toBeUndefined();
    expect(answers[BATCH_LIMIT]).toBe(true);
  });

  it('rejects every caller of a batch whose load failed, and the next batch loads again', async () => {
    let fail = true;
    const read = batched(async (keys: string[]) => {
      if (fail) throw new Error('database down');
      return new Map(keys.map((k) => [k, k.length]));
    });
    const results = await Promise.allSettled([read('a'), read('bb')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await read('ccc')).toBe(3);
  });
});

describe('sharedPerTurn', () => {
  it('reads once for the callers of a turn, and again for a caller of a later turn', async () => {
    let reads = 0;
    const latest = sharedPerTurn(async () => ++reads);
    expect(await Promise.all([latest(), latest(), latest()])).toEqual([1, 1, 1]);
    expect(await latest()).toBe(2);
  });
});
