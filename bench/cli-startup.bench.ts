// How long `qicao counts` takes on the sample plan, start-up included: what a drafter waits for
// at the terminal. Baseline: the least any Node program doing the same can take — start Node
// and open the same file with better-sqlite3. The CLI is built first, so this measures what
// users run (dist/cli through bin/qicao.js), not the TypeScript sources.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { tempDir } from '../test/helpers/plans.ts';
import { timeAlternately, result, type BenchResult } from './harness.ts';

const require = createRequire(import.meta.url);

function node(args: string[]): string {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cli-startup: ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

export async function run(): Promise<BenchResult> {
  node([path.resolve('node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn']);
  const qicao = path.resolve('bin/qicao.js');
  const file = path.join(tempDir('qicao-bench-'), '示例.qicao');
  node([qicao, 'new', file, '--sample']);
  const counts = () => {
    const out = node([qicao, 'counts', file]);
    if (!out.includes('共计92项重点任务、205项具体措施')) throw new Error(`cli-startup: unexpected counts output: ${out}`);
  };
  const sqlite = require.resolve('better-sqlite3');
  const script = `const D = require(${JSON.stringify(sqlite)}); const db = new D(${JSON.stringify(file)}, { readonly: true }); db.pragma('user_version'); db.close();`;
  const baseline = () => void node(['-e', script]);
  const t = await timeAlternately(counts, baseline, 21, 2);
  return result('cli-startup', t.ours, "node -e '' + open the plan with better-sqlite3", t.baseline);
}
