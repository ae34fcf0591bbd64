// npm run bench [-- --json] [-- name…]
import { run as autosaveEdit } from './autosave-edit.bench.ts';
import { run as check250k } from './check-250k.bench.ts';
import { run as cliStartup } from './cli-startup.bench.ts';
import { run as compareSnapshots250k } from './compare-snapshots-250k.bench.ts';
import { run as compareDocs250k } from './compare-docs-250k.bench.ts';
import { run5k as exportPlan5k, runSample as exportPlan205 } from './export-plan.bench.ts';
import { run as recount10k } from './recount-10k.bench.ts';
import { run as typing2k } from './typing-2k.bench.ts';
import { run as outline10k } from './outline-10k.bench.ts';
import { run as ledger10k } from './ledger-10k.bench.ts';
import type { BenchResult } from './harness.ts';

const benches: Record<string, () => BenchResult | Promise<BenchResult>> = {
  'recount-10k': recount10k,
  'autosave-edit': autosaveEdit,
  'check-250k': check250k,
  'compare-snapshots-250k': compareSnapshots250k,
  'compare-docs-250k': compareDocs250k,
  'export-plan-205': exportPlan205,
  'export-plan-5k': exportPlan5k,
  'typing-2k': typing2k,
  'outline-10k': outline10k,
  'cli-startup': cliStartup,
  'ledger-10k': ledger10k,
};

const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.filter((a) => !a.startsWith('--'));
const results: BenchResult[] = [];
for (const [name, fn] of Object.entries(benches)) {
  if (only.length && !only.includes(name)) continue;
  const r = await fn();
  results.push(r);
  if (!json)
    console.log(`${r.name.padEnd(24)} ${r.ms.toFixed(3)} ms   基线 ${r.baseline_ms.toFixed(3)} ms（${r.baseline}）   比值 ${r.ratio.toFixed(3)}${r.note ? `   ${r.note}` : ''}`);
}
if (json) console.log(JSON.stringify(results, null, 2));
