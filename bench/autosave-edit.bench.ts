// One measure text edit committed through the app's own path (one transaction with its checks)
// against a raw better-sqlite3 single-row UPDATE on the same file settings (WAL, synchronous=FULL).
import path from 'node:path';
import { fillPlan } from '../core/store/fill-plan.ts';
import { renameNode } from '../core/store/nodes.ts';
import { createPlanFile } from '../core/store/open.ts';
import { generatedPlan, tempDir } from '../test/helpers/plans.ts';
import { compare, result, type BenchResult } from './harness.ts';

export function run(): BenchResult {
  const db = createPlanFile(path.join(tempDir('qicao-bench-'), 'edit.qicao'), (d) => fillPlan(d, generatedPlan(2_000)));
  const ids = (db.prepare("SELECT id FROM node WHERE kind = 'measure' LIMIT 100").all() as { id: number }[]).map((r) => r.id);
  const raw = db.prepare('UPDATE node SET title = ? WHERE id = ?');
  let i = 0;
  const t = compare(
    () => renameNode(db, ids[i % 100], `修改后的措施文本${i++}`),
    () => raw.run(`直接更新的措施文本${i++}`, ids[i % 100]),
  );
  db.close();
  return result('autosave-edit', t.ours, 'raw better-sqlite3 single-row UPDATE (WAL, synchronous=FULL)', t.baseline);
}
