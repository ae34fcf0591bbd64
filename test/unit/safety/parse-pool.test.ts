// The worker threads form a small pool: at most MAX_WORKERS jobs run at once (the machine's cores
// are shared with the window), later ones wait their turn and are then answered, each with its own
// result.
import { describe, expect, it } from 'vitest';
import { jobsInFlight, MAX_WORKERS, parseOffThread } from '../../../core/workers/off-thread.ts';

const text = (s: string) => ({
  kind: 'check' as const,
  input: { name: `${s}.txt`, bytes: new TextEncoder().encode(`${s}\n一、总体要求\n${'加强大气污染防治，，推进治理。\n'.repeat(20_000)}`) },
});

describe('the pool of worker threads', () => {
  it(`runs at most ${MAX_WORKERS} jobs at once; the others wait and are answered in turn`, { timeout: 120_000 }, async () => {
    expect(MAX_WORKERS).toBe(2);
    const names = ['甲单位', '乙单位', '丙单位', '丁单位', '戊单位'];
    const pending = names.map((n) => parseOffThread(text(n)));
    await Promise.resolve(); // each call has taken its place or its turn in the queue
    expect(jobsInFlight()).toEqual({ running: 2, waiting: 3 });
    let peak = 0;
    const watch = setInterval(() => (peak = Math.max(peak, jobsInFlight().running)), 5);
    const results = await Promise.all(pending);
    clearInterval(watch);
    expect(peak).toBeLessThanOrEqual(MAX_WORKERS);
    expect(results.map((r) => r.paragraphs[0])).toEqual(names);
    // each found the doubled comma in every one of its 20,000 lines
    for (const r of results) expect(r.findings.filter((f) => f.rule === 'repeated-punctuation').length).toBe(20_000);
    expect(jobsInFlight()).toEqual({ running: 0, waiting: 0 });
  });
});
