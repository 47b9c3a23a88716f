// Small helpers shared by the bench scripts: percentiles, a closed-loop load generator, heap after GC.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

export const median = (values: readonly number[]): number => percentile([...values].sort((a, b) => a - b), 0.5);

/** `total` calls (or until `until` returns true), `concurrency` in flight; the latency of each (ms) and the wall time. */
export async function closedLoop(call: () => Promise<unknown>, total: number, concurrency: number, until: () => boolean = () => false): Promise<{ latencies: number[]; ms: number }> {
  const latencies: number[] = [];
  let started = 0;
  const begin = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (started < total && !until()) {
      started++;
      const at = performance.now();
      await call();
      latencies.push(performance.now() - at);
    }
  }));
  return { latencies, ms: performance.now() - begin };
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
export function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;
export const round = (value: number, digits = 0): number => Math.round(value * 10 ** digits) / 10 ** digits;
