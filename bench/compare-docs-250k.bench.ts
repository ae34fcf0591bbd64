// compare-docs-250k: the same two drafts as compare-snapshots-250k, as two .txt documents
// without ids. Ours starts from the files: read and decode them, parse the 公文 outline into
// structure (core/documents/import), align nodes by similarity, diff words in changed pairs —
// parsing is part of comparing documents. Baseline: diff-match-patch diff_main +
// diff_cleanupSemantic (no time limit) on the two files' text (read from disk too).
// The ratio is for warm runs (the worker threads kept between reads, as in the app); the cold
// run a CLI user gets — a new process running `qicao compare A.txt B.txt` — is reported beside it,
// against a new process running the baseline.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { compareSources } from '../core/compare/sources.ts';
import { tempDir } from '../test/helpers/plans.ts';
import { checkCounts, dmpBaseline, draftPair, flatText } from './compare-snapshots-250k.bench.ts';
import { result, timeAlternately, type BenchResult } from './harness.ts';

const require = createRequire(import.meta.url);

function node(args: string[]): void {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`compare-docs-250k: ${args.slice(0, 2).join(' ')} failed: ${r.stderr}`);
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
    const warm = await timeAlternately(ours, baseline, 30, 5);

    // cold: a fresh process each, as `qicao compare` from a terminal (the built CLI, as installed)
    node([path.resolve('node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn']);
    const dmp = require.resolve('diff-match-patch');
    const script = `const fs = require('fs'); const D = require(${JSON.stringify(dmp)}); const d = new D(); d.Diff_Timeout = 0;
      const x = d.diff_main(fs.readFileSync(${JSON.stringify(before)}, 'utf8'), fs.readFileSync(${JSON.stringify(after)}, 'utf8')); d.diff_cleanupSemantic(x);`;
    const cold = await timeAlternately(
      () => node([path.resolve('bin/qicao.js'), 'compare', before, after, '--json']),
      () => node(['-e', script]),
      5,
      1,
    );
    const note = `冷启动（新进程 qicao compare）${cold.ours.toFixed(0)} ms，基线新进程 ${cold.baseline.toFixed(0)} ms，比值 ${(cold.ours / cold.baseline).toFixed(3)}`;
    return result('compare-docs-250k', warm.ours, 'diff-match-patch diff_main + diff_cleanupSemantic (Diff_Timeout 0), flat text from the .txt files', warm.baseline, note);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
