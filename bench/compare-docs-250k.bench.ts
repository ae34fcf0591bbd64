// compare-docs-250k: the same two drafts as compare-snapshots-250k, as two .txt documents
// without ids. Ours starts from the files: read and decode them, parse the 公文 outline into
// structure (core/documents/import), align nodes by similarity, diff words in changed pairs —
// parsing is part of comparing documents. Baseline: diff-match-patch diff_main +
// diff_cleanupSemantic on the two files' text (read from disk too).
import fs from 'node:fs';
import path from 'node:path';
import { compareSources } from '../core/compare/sources.ts';
import { tempDir } from '../test/helpers/plans.ts';
import { checkCounts, dmpBaseline, draftPair, flatText } from './compare-snapshots-250k.bench.ts';
import { result, type BenchResult } from './harness.ts';

async function timeAlternately(ours: () => Promise<unknown>, baseline: () => void, runs: number, warmup: number) {
  for (let i = 0; i < warmup; i++) {
    await ours();
    baseline();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    const order: [() => unknown, number[]][] = i % 2 ? [[ours, a], [baseline, b]] : [[baseline, b], [ours, a]];
    for (const [fn, into] of order) {
      const t = process.hrtime.bigint();
      await fn();
      into.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }
  const mid = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return { ours: mid(a), baseline: mid(b) };
}

export async function run(): Promise<BenchResult> {
  const pair = draftPair();
  const dir = tempDir('qicao-bench-docs-');
  try {
    const before = path.join(dir, '征求意见稿.txt');
    const after = path.join(dir, '报审稿.txt');
    fs.writeFileSync(before, flatText(pair.before));
    fs.writeFileSync(after, flatText(pair.after));
    const ours = () => compareSources(before, after);
    checkCounts('compare-docs-250k', await ours(), pair.expected);
    const baseline = () => dmpBaseline(fs.readFileSync(before, 'utf8'), fs.readFileSync(after, 'utf8'))();
    const { ours: ms, baseline: baseMs } = await timeAlternately(ours, baseline, 30, 5);
    return result('compare-docs-250k', ms, 'diff-match-patch diff_main + diff_cleanupSemantic, flat text from the .txt files', baseMs);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
