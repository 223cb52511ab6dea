import { useEffect, useRef } from 'react';

/**
 * `run`, called at most once per burst: each call waits `ms` and replaces
 * the one before (a page reloading on live events stays one request for a
 * thousand of them). Pending calls are dropped when the component goes.
 */
export function useDebounced(run: () => void, ms: number): () => void {
  const latest = useRef(run);
  latest.current = run;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const call = useRef(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => latest.current(), ms);
  });
  return call.current;
}
