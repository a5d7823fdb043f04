// Latency sampling for the benchmark: warm up, then time each call until an iteration or time budget is spent.
// Fast classes get many samples, so one burst of machine noise moves the median little.
export interface Stat {
  p50: number;
  p99: number;
  n: number;
}

export function measure(queries: (() => unknown)[], iterations: number, budgetMs: number): Stat {
  // Warm-up: every query at least once and the code compiled (a tenth of the budget at most).
  const warm = performance.now() + budgetMs / 10;
  for (let i = 0; i < Math.min(200, iterations) && (i < queries.length || performance.now() < warm); i++)
    queries[i % queries.length]!();
  const times: number[] = [];
  const deadline = performance.now() + budgetMs;
  for (let i = 0; i < iterations && performance.now() < deadline; i++) {
    const t0 = process.hrtime.bigint();
    queries[i % queries.length]!();
    times.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99), n: times.length };
}

export const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
export const us = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(1)} ms` : `${x.toFixed(0)} µs`);

export function memory(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}
