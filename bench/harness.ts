// Benchmarks print a ratio against a raw-library baseline measured in the same run, so the
// number means the same on a fast or a slow machine.
export interface BenchResult {
  name: string;
  ms: number;
  baseline: string;
  baseline_ms: number;
  ratio: number;
}

/** Median wall time of `fn` over `runs` runs, after `warmup` unmeasured ones. */
export function median(fn: () => void, runs = 50, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function result(name: string, ms: number, baseline: string, baselineMs: number): BenchResult {
  return { name, ms: round(ms), baseline, baseline_ms: round(baselineMs), ratio: round(ms / baselineMs) };
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/**
 * Medians of `ours` and `baseline`, run alternately so that disk and CPU drift (fsync times
 * vary a lot on shared machines) hits both sides alike.
 */
export function compare(ours: () => void, baseline: () => void, runs = 200, warmup = 20): { ours: number; baseline: number } {
  for (let i = 0; i < warmup; i++) {
    ours();
    baseline();
  }
  const a: number[] = [];
  const b: number[] = [];
  const time = (fn: () => void, into: number[]) => {
    const t = process.hrtime.bigint();
    fn();
    into.push(Number(process.hrtime.bigint() - t) / 1e6);
  };
  for (let i = 0; i < runs; i++) {
    if (i % 2) {
      time(ours, a);
      time(baseline, b);
    } else {
      time(baseline, b);
      time(ours, a);
    }
  }
  const mid = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return { ours: mid(a), baseline: mid(b) };
}

/** `compare` for asynchronous work (a call through the api dispatch, a Word export). */
export async function compareAsync(
  ours: () => Promise<unknown>,
  baseline: () => unknown,
  runs = 200,
  warmup = 20,
): Promise<{ ours: number; baseline: number }> {
  for (let i = 0; i < warmup; i++) {
    await ours();
    await baseline();
  }
  const a: number[] = [];
  const b: number[] = [];
  const time = async (fn: () => unknown, into: number[]) => {
    const t = process.hrtime.bigint();
    await fn();
    into.push(Number(process.hrtime.bigint() - t) / 1e6);
  };
  for (let i = 0; i < runs; i++) {
    if (i % 2) {
      await time(ours, a);
      await time(baseline, b);
    } else {
      await time(baseline, b);
      await time(ours, a);
    }
  }
  return { ours: middle(a), baseline: middle(b) };
}

/** The median of a list of timings. */
export function middle(xs: number[]): number {
  return [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
}
