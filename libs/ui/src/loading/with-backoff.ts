const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until it succeeds, waiting the given delays between tries
 * (a remote's host may be restarting); the last failure is rethrown.
 */
export async function withBackoff<T>(attempt: () => Promise<T>, delaysMs: readonly number[]): Promise<T> {
  for (const delay of delaysMs) {
    try {
      return await attempt();
    } catch {
      await sleep(delay);
    }
  }
  return attempt();
}
