// Recount after one edit on a 10,000-measure plan. Ours reads the per-part tallies the store
// keeps by delta; the baseline recounts the whole node table with one GROUP BY.
import path from 'node:path';
import { countsReport } from '../core/counts/report.ts';
import { fillPlan } from '../core/store/fill-plan.ts';
import { addNode } from '../core/store/nodes.ts';
import { createPlanFile } from '../core/store/open.ts';
import { generatedPlan, tempDir } from '../test/helpers/plans.ts';
import { median, middle, result, type BenchResult } from './harness.ts';

export function run(): BenchResult {
  const db = createPlanFile(path.join(tempDir('qicao-bench-'), 'big.qicao'), (d) => fillPlan(d, generatedPlan(10_000)));
  const task = db.prepare("SELECT id FROM node WHERE kind = 'keyTask' LIMIT 1").get() as { id: number };
  const full = db.prepare("SELECT part_id, kind, count(*) AS n FROM node WHERE kind <> 'part' GROUP BY part_id, kind");
  let i = 0;
  const edit = () => addNode(db, { parentId: task.id, kind: 'measure', title: `新增措施${i++}` });

  // one edit per round, then both counts; the median round, so a busy spell of the machine
  // during a few rounds does not move the result
  const incremental: number[] = [];
  const baseline: number[] = [];
  for (let round = 0; round < 30; round++) {
    edit();
    incremental.push(median(() => countsReport(db), 5, 1));
    baseline.push(median(() => full.all(), 5, 1));
  }
  const total = countsReport(db).totals.measures;
  db.close();
  if (total !== 10_030) throw new Error(`recount-10k: expected 10030 measures, got ${total}`);
  return result('recount-10k', middle(incremental), 'full recount (SQL GROUP BY over all nodes)', middle(baseline));
}
