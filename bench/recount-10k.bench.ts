// Recount after one edit on a 10,000-measure plan, timed as the drafter pays it: the edit (one
// transaction; the store's triggers keep the per-part tallies by delta) and then reading the
// counts. The baseline makes the same edit on a plain copy of the node table without triggers
// (same rows, same durability: WAL, synchronous=FULL) and then counts everything again with one
// GROUP BY — the straightforward design the triggers replace.
import path from 'node:path';
import Database from 'better-sqlite3';
import { countsReport } from '../core/counts/report.ts';
import { fillPlan } from '../core/store/fill-plan.ts';
import { addNode } from '../core/store/nodes.ts';
import { createPlanFile } from '../core/store/open.ts';
import { generatedPlan, tempDir } from '../test/helpers/plans.ts';
import { result, timeAlternately, type BenchResult } from './harness.ts';

const ROUNDS = 60;

export async function run(): Promise<BenchResult> {
  const dir = tempDir('qicao-bench-');
  const db = createPlanFile(path.join(dir, 'big.qicao'), (d) => fillPlan(d, generatedPlan(10_000)));
  const task = db.prepare("SELECT id FROM node WHERE kind = 'keyTask' LIMIT 1").get() as { id: number };

  const plain = new Database(path.join(dir, 'plain.sqlite'));
  plain.pragma('journal_mode = WAL');
  plain.pragma('synchronous = FULL');
  plain.exec('CREATE TABLE node (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, parent_id INTEGER, part_id INTEGER, position INTEGER NOT NULL, title TEXT NOT NULL)');
  const copy = plain.prepare('INSERT INTO node (id, kind, parent_id, part_id, position, title) VALUES (?, ?, ?, ?, ?, ?)');
  const rows = db.prepare('SELECT id, kind, parent_id, part_id, position, title FROM node').raw().all() as unknown[][];
  plain.transaction(() => rows.forEach((r) => copy.run(...r)))();
  const insert = plain.prepare("INSERT INTO node (kind, parent_id, part_id, position, title) VALUES ('measure', ?, ?, ?, ?)");
  const regroup = plain.prepare("SELECT part_id, kind, count(*) AS n FROM node WHERE kind <> 'part' GROUP BY part_id, kind");
  const partOf = (db.prepare('SELECT part_id FROM node WHERE id = ?').get(task.id) as { part_id: number }).part_id;

  let i = 0;
  let j = 0;
  let seen = 0;
  const t = await timeAlternately(
    () => {
      addNode(db, { parentId: task.id, kind: 'measure', title: `新增措施${i++}` });
      seen = countsReport(db).totals.measures;
    },
    () => {
      plain.transaction(() => insert.run(task.id, partOf, 100_000 + j, `新增措施${j++}`))();
      regroup.all();
    },
    ROUNDS,
    5,
  );
  const total = countsReport(db).totals.measures;
  db.close();
  plain.close();
  if (total !== 10_000 + ROUNDS + 5 || seen !== total) throw new Error(`recount-10k: expected ${10_000 + ROUNDS + 5} measures, got ${total}`);
  return result('recount-10k', t.ours, 'same edit on a trigger-free copy of the node table + full GROUP BY recount', t.baseline);
}
