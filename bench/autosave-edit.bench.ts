// One autosave of a measure's text through the path the window uses: the `measure.setText`
// channel through the api dispatch (input parsed by its zod schema, the handler's checks, one
// transaction) on a plan opened by a Session, so undo recording is on and each save lands in
// the undo log as the drafter's step. Like the window, consecutive saves of one measure merge
// into one step; every tenth save moves on to another measure and opens a new step.
// Baseline: a raw better-sqlite3 single-row UPDATE on a plain one-table file with the same
// settings (WAL, synchronous=FULL) in the same folder — no triggers, no undo log, no checks.
// Medians of runs taken alternately.
import path from 'node:path';
import Database from 'better-sqlite3';
import { dispatch } from '../core/api/dispatch.ts';
import { Session } from '../core/api/session.ts';
import { fillPlan } from '../core/store/fill-plan.ts';
import { createPlanFile } from '../core/store/open.ts';
import { generatedPlan, tempDir } from '../test/helpers/plans.ts';
import { timeAlternately, result, type BenchResult } from './harness.ts';

export async function run(): Promise<BenchResult> {
  const dir = tempDir('qicao-bench-');
  const file = path.join(dir, 'edit.qicao');
  createPlanFile(file, (d) => fillPlan(d, generatedPlan(2_000))).close();
  const session = new Session(path.join(dir, 'data'));
  session.open(file);
  const ids = (session.plan.prepare("SELECT id FROM node WHERE kind = 'measure' LIMIT 100").all() as { id: number }[]).map((r) => r.id);

  const raw = new Database(path.join(dir, 'raw.sqlite'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.exec('CREATE TABLE node (id INTEGER PRIMARY KEY, title TEXT NOT NULL)');
  const insert = raw.prepare('INSERT INTO node (id, title) VALUES (?, ?)');
  raw.transaction(() => {
    for (let id = 1; id <= 2_000; id++) insert.run(id, `第${id}项具体措施：加强污染防治工作，按期完成治理任务。`);
  })();
  const update = raw.prepare('UPDATE node SET title = ? WHERE id = ?');

  let i = 0;
  let j = 0;
  try {
    const t = await timeAlternately(
      async () => {
        const reply = await dispatch(session, 'measure.setText', { id: ids[Math.floor(i / 10) % ids.length], text: `修改后的措施文本${i++}` });
        if (!reply.ok) throw new Error(`autosave-edit: ${reply.error.message}`);
      },
      () => update.run(`直接更新的措施文本${j}`, (Math.floor(j++ / 10) % 100) + 1),
    );
    const steps = (session.plan.prepare("SELECT count(DISTINCT step) AS n FROM undo_log WHERE stack = 'undo'").get() as { n: number }).n;
    if (steps < 2) throw new Error(`autosave-edit: undo recorded ${steps} steps; the saves did not go through the undo path`);
    return result('autosave-edit', t.ours, 'raw better-sqlite3 single-row UPDATE on a plain table (WAL, synchronous=FULL)', t.baseline);
  } finally {
    session.close();
    raw.close();
  }
}
