import { performance } from 'node:perf_hooks';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Prints one line of percentiles (ms) for a set of samples. */
export function summary(label: string, samples: number[]): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(1).padStart(6);
  console.log(`${label.padEnd(44)} n=${sorted.length}  p50 ${f(percentile(sorted, 50))} ms  p95 ${f(percentile(sorted, 95))} ms  p99 ${f(percentile(sorted, 99))} ms  max ${f(sorted[sorted.length - 1])} ms`);
}

/** Milliseconds since `started`. */
export const since = (started: number) => performance.now() - started;
