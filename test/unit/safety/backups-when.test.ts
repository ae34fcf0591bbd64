// When backups are taken without the drafter asking: periodically while a plan is edited (only
// if something changed since the last one), and just before a returned file is imported — in the
// window (the consult channel) and from the terminal (`qicao feedback`). Each backup is the plan
// as it was at that moment, opened here with better-sqlite3.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../core/api/dispatch.ts';
import { startPeriodicBackups } from '../../../core/api/plan-safety.ts';
import { Session } from '../../../core/api/session.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { backupDirFor, listBackups, type BackupReason } from '../../../core/store/backups.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { addNode } from '../../../core/store/nodes.ts';
import { qicao } from '../../helpers/cli.ts';
import { smallPlan, tempDir } from '../../helpers/plans.ts';
import { excelForm, wordWithCommentsAndChanges } from '../consult/word-files.ts';

const PERIOD_MS = 40;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function count(file: string, sql: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
}
const measuresIn = (file: string) => count(file, "SELECT count(*) AS n FROM node WHERE kind = 'measure'");
const commentsIn = (file: string) => count(file, 'SELECT count(*) AS n FROM comment');
const backupsFor = (planFile: string, reason: BackupReason) => listBackups(backupDirFor(planFile)).filter((b) => b.reason === reason);

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup.reverse()) c();
  cleanup = [];
});

function openSmallPlan() {
  const dir = tempDir();
  const s = new Session(path.join(dir, 'data'));
  const file = path.join(dir, '计划.qicao');
  s.create(file, false);
  fillPlan(s.plan, PlanSpec.parse({ ...smallPlan, title: '测试计划' }));
  cleanup.push(() => s.close());
  return { s, file, dir };
}

describe('periodic backups while editing', () => {
  it('back up the edited plan each period, skip periods without a change, and stop when asked', async () => {
    const { s, file } = openSmallPlan();
    addNode(s.plan, { parentId: 3, kind: 'measure', title: '第一次编辑' });
    const stop = startPeriodicBackups(s, PERIOD_MS);
    cleanup.push(stop);

    await vi.waitFor(() => expect(backupsFor(file, 'periodic')).toHaveLength(1), { timeout: 10_000, interval: 20 });
    expect(measuresIn(backupsFor(file, 'periodic')[0].path)).toBe(6);

    // several periods without an edit: no new backup
    await sleep(PERIOD_MS * 6);
    expect(backupsFor(file, 'periodic')).toHaveLength(1);

    addNode(s.plan, { parentId: 3, kind: 'measure', title: '第二次编辑' });
    await vi.waitFor(() => expect(backupsFor(file, 'periodic')).toHaveLength(2), { timeout: 10_000, interval: 20 });
    const [newest, older] = backupsFor(file, 'periodic');
    expect(measuresIn(newest.path)).toBe(7);
    expect(measuresIn(older.path)).toBe(6);

    stop();
    addNode(s.plan, { parentId: 3, kind: 'measure', title: '停止之后的编辑' });
    await sleep(PERIOD_MS * 6);
    expect(backupsFor(file, 'periodic')).toHaveLength(2);
  });

  it('wait the period they are given before the first backup', async () => {
    const { s, file } = openSmallPlan();
    const stop = startPeriodicBackups(s, 60_000);
    cleanup.push(stop);
    addNode(s.plan, { parentId: 3, kind: 'measure', title: '编辑' });
    await sleep(PERIOD_MS * 6);
    expect(backupsFor(file, 'periodic')).toEqual([]);
  });
});

describe('the backup before a feedback import', () => {
  it('in the window: the plan from just before the file came in, beside the plan with its comments', async () => {
    const { s, file } = openSmallPlan();
    const form = await excelForm([['1', '建议写明洒水频次。', '', '', '']], '区水务局');
    const reply = await dispatch(s, 'consult.importFeedback', { unit: '区水务局', fileName: '区水务局.xlsx', base64: form.toString('base64') });
    expect(reply).toMatchObject({ ok: true, value: { unit: '区水务局', items: [{ text: '建议写明洒水频次。' }] } });

    const [backup] = backupsFor(file, 'import');
    expect(backup).toBeDefined();
    expect(commentsIn(backup.path)).toBe(0);
    expect(measuresIn(backup.path)).toBe(5);
    expect((s.plan.prepare('SELECT count(*) AS n FROM comment').get() as { n: number }).n).toBe(1);
  });

  it('from the terminal: `qicao feedback` leaves the plan from before the import among the backups', async () => {
    const dir = tempDir();
    const plan = path.join(dir, '计划.qicao');
    expect(qicao(['new', plan, '--sample']).status).toBe(0);
    const returned = path.join(dir, '区水务局反馈.docx');
    fs.writeFileSync(returned, await wordWithCommentsAndChanges());
    expect(backupsFor(plan, 'import')).toEqual([]);

    const r = qicao(['feedback', plan, '--unit', '区水务局', returned, '--json']);
    expect(r.status).toBe(0);
    const items = JSON.parse(r.stdout).items.length;
    expect(items).toBeGreaterThan(0);

    const [backup] = backupsFor(plan, 'import');
    expect(backup).toBeDefined();
    expect(commentsIn(backup.path)).toBe(0);
    expect(measuresIn(backup.path)).toBe(measuresIn(plan));
    expect(commentsIn(plan)).toBe(items);
  });
});
