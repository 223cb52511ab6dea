/**
 * `shell/socket`: the portal's one live connection. Remotes subscribe to
 * domain events here and never open sockets of their own.
 */
import { useEffect, useRef } from 'react';
import type { DomainEvent } from '@casmooc/domain';
import { shellState } from '../state/shell-state';
import type { EventStream } from '../state/event-stream';

export type { EventStream };

export function useEventStream(): EventStream {
  return shellState().events;
}

/** Calls `handler` for each event whose type starts with one of `prefixes` (all when empty). */
export function useDomainEvents(handler: (event: DomainEvent) => void, prefixes: readonly string[] = []): void {
  const latest = useRef(handler);
  latest.current = handler;
  const key = prefixes.join('|');
  useEffect(() => {
    const wanted = key ? key.split('|') : [];
    return shellState().events.subscribe((event) => {
      if (wanted.length === 0 || wanted.some((p) => event.type.startsWith(p))) latest.current(event);
    });
  }, [key]);
}
