import { createElement, lazy, type ComponentType } from 'react';
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
 * React's `lazy` for a chunk (a page, a chart, a dialog), tried again with backoff when it fails
 * to load. If every try fails, the error reaches the remote's error
 * boundary, whose retry renews it (`renewFailedChunk`): React caches a
 * failed lazy for good, so the next render gets a fresh one.
 */
export function lazyWithRetry<P extends object = object>(load: () => Promise<ComponentType<P>>, delaysMs: readonly number[] = CHUNK_RETRY_DELAYS_MS): ComponentType<P> {
  // A lazy component renders as the one it loads; TypeScript cannot see that through a generic P's ref typing.
  const fresh = () =>
    lazy(() =>
      withBackoff(load, delaysMs).then(
        (component) => ({ default: component }),
        (error: Error) => {
          throw Object.assign(error, { renew: () => (current = fresh()) });
        },
      ),
    ) as unknown as ComponentType<P>;
  let current = fresh();
  return function LazyWithRetry(props: P) {
    return createElement(current, props);
  };
}
