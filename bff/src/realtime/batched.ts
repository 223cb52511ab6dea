/** Keys asked for at most at once: one read, far under both dialects' limits on bound parameters. */
export const BATCH_LIMIT = 500;

/**
 * One `load` for every key asked for in the same turn of the event loop
 * (up to BATCH_LIMIT; more start another batch): a storm of sockets
 * connecting at once (an instance gone, its clients moving to this one),
 * or all of them read again, costs a read per batch instead of one per
 * socket. A key `load` leaves
 * out resolves undefined; a failed load rejects every caller of its batch.
 */
export function batched<K, V>(load: (keys: K[]) => Promise<Map<K, V>>): (key: K) => Promise<V | undefined> {
  type Waiter = { resolve(value: V | undefined): void; reject(err: unknown): void };
  let pending: Map<K, Waiter[]> | null = null;
  const run = (batch: Map<K, Waiter[]>) =>
    load([...batch.keys()]).then(
      (found) => batch.forEach((waiters, key) => waiters.forEach((w) => w.resolve(found.get(key)))),
      (err) => batch.forEach((waiters) => waiters.forEach((w) => w.reject(err))),
    );
  return (key) =>
    new Promise((resolve, reject) => {
      if (!pending) {
        const batch = (pending = new Map());
        setImmediate(() => {
          if (pending === batch) pending = null;
          void run(batch);
        });
      }
      const waiters = pending.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else pending.set(key, [{ resolve, reject }]);
      if (pending.size >= BATCH_LIMIT) pending = null; // full: the next key starts a new batch (this one still runs on its turn)
    });
}

/**
 * One `read` for every caller in the same turn of the event loop, started
 * on the next one: a caller of a later turn gets a read that starts after
 * it asked (what it did before asking is in what that read sees).
 */
export function sharedPerTurn<V>(read: () => Promise<V>): () => Promise<V> {
  let turn: Promise<V> | null = null;
  return () =>
    (turn ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      turn = null;
      return read();
    }));
}
