import type { DomainEvent } from '@casmooc/domain';

/**
 * Writes as fast as one client can (the academy's plan settings: each
 * write is one event every manager sees), until stopped.
 */
export function writeFlatOut(url: string, cookie: string, csrf: string) {
  let running = true;
  let writes = 0;
  let failures = 0;
  const statuses: Record<string, number> = {};
  const done = (async () => {
    for (let i = 0; running; i++) {
      const res = await fetch(`${url}/api/settings/plans`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', cookie, 'x-csrf-token': csrf },
        body: JSON.stringify({ reportingPeriod: null, fundingLimit: 5 + (i % 3) }),
      }).catch(() => null);
      if (res?.status === 200) writes += 1;
      else {
        failures += 1;
        statuses[res?.status ?? 'no answer'] = (statuses[res?.status ?? 'no answer'] ?? 0) + 1;
      }
    }
  })();
  return {
    get writes() {
      return writes;
    },
    /** Writes that got no 200 (refused, or no answer at all). */
    get failures() {
      return failures;
    },
    /** The failures by status. */
    statuses,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

/** Every event a user may see after `after`, read from the events API page by page. */
export async function visibleSince(url: string, cookie: string, after: number): Promise<number[]> {
  const ids: number[] = [];
  for (let cursor = after; ; ) {
    const page = (await (await fetch(`${url}/api/events?after=${cursor}&limit=500`, { headers: { cookie } })).json()) as DomainEvent[];
    ids.push(...page.map((e) => e.id));
    if (page.length < 500) return ids;
    cursor = page.at(-1)!.id;
  }
}
