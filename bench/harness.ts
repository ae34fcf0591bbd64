// Benchmarks print a ratio against a raw-library baseline measured in the same run, so the
// number means the same on a fast or a slow machine. Every bench times through `timeAlternately`
// (or `timeOnce` for a single cold run): one timing loop for all.
export interface BenchResult {
  name: string;
  ms: number;
  baseline: string;
  baseline_ms: number;
  ratio: number;
  /** Anything else the bench reports (a cold run, a second baseline), shown after the ratio. */
  note?: string;
}

export function result(name: string, ms: number, baseline: string, baselineMs: number, note?: string): BenchResult {
  return { name, ms: round(ms), baseline, baseline_ms: round(baselineMs), ratio: round(ms / baselineMs), ...(note ? { note } : {}) };
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/** Wall time of one call in ms; a promise is awaited, a synchronous call pays no microtask. */
export async function timeOnce(fn: () => unknown): Promise<number> {
  const t = process.hrtime.bigint();
  const value = fn();
  if (value instanceof Promise) await value;
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/**
 * Medians of `ours` and `baseline`, both warmed up first and then run alternately, each round in
 * the other order, so that disk and CPU drift (fsync times vary a lot on shared machines) and
 * V8 still compiling a library's code hit both sides alike.
 */
export async function timeAlternately(
  ours: () => unknown,
  baseline: () => unknown,
  runs = 200,
  warmup = 20,
  /** Untimed work after every round (warm-up rounds too), e.g. undoing what the round wrote. */
  between: () => unknown = () => {},
): Promise<{ ours: number; baseline: number }> {
  for (let i = 0; i < warmup; i++) {
    await timeOnce(ours);
    await timeOnce(baseline);
    await between();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2) {
      a.push(await timeOnce(ours));
      b.push(await timeOnce(baseline));
    } else {
      b.push(await timeOnce(baseline));
      a.push(await timeOnce(ours));
    }
    await between();
  }
  return { ours: middle(a), baseline: middle(b) };
}

/** The median of a list of timings. */
export function middle(xs: number[]): number {
  return [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
}
