import { lazy, type ComponentType } from 'react';
import { withBackoff } from './with-backoff';

/** Waits between the tries of a lazy chunk (its host may be restarting, a proxy may drop one request). */
export const CHUNK_RETRY_DELAYS_MS: readonly number[] = [300, 1_000, 3_000];

/** A lazy page's chunk that failed every try. An error boundary calls `renew` before it renders the page again. */
export interface RenewableError extends Error {
  renew: () => void;
}

/** Lets the page whose chunk failed load afresh on its next render (any other error: nothing to do). */
export function renewFailedChunk(error: unknown): void {
  const renew = (error as Partial<RenewableError> | null)?.renew;
  if (typeof renew === 'function') renew();
}

/**
 * React's `lazy` for a page's chunk (pages take no props), tried again with backoff when it fails
 * to load. If every try fails, the error reaches the remote's error
 * boundary, whose retry renews it (`renewFailedChunk`): React caches a
 * failed lazy for good, so the next render gets a fresh one.
 */
export function lazyWithRetry(load: () => Promise<ComponentType>, delaysMs: readonly number[] = CHUNK_RETRY_DELAYS_MS): ComponentType {
  const fresh = () =>
    lazy(() =>
      withBackoff(load, delaysMs).then(
        (component) => ({ default: component }),
        (error: Error) => {
          throw Object.assign(error, { renew: () => (current = fresh()) });
        },
      ),
    );
  let current = fresh();
  return function LazyWithRetry() {
    const Current = current;
    return <Current />;
  };
}
