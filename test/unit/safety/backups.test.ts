// Backups and the ways out of trouble: what a drafter relies on when something goes wrong.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupNow, backupsOf, openCopy, openLatestBackup, restoreBackup } from '../../../core/api/plan-safety.ts';
import { Session } from '../../../core/api/session.ts';
import { countsReport } from '../../../core/counts/report.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { backupDirFor, listBackups, pruneBackups } from '../../../core/store/backups.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { LATEST_VERSION } from '../../../core/store/migrations/index.ts';
import { addNode } from '../../../core/store/nodes.ts';
import { createPlanFileAtVersion, openPlanFile } from '../../../core/store/open.ts';
import { smallPlan, tempDir } from '../../helpers/plans.ts';

const hash = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

function sessionOnSmallPlan() {
  const dir = tempDir();
  const s = new Session(path.join(dir, 'data'));
  const file = path.join(dir, 'plan.qicao');
  s.create(file, false);
  fillPlan(s.plan, PlanSpec.parse({ ...smallPlan, title: '测试计划' }));
  return { s, file, dir };
}

describe('backups', () => {
  it('are taken before a migration, at the old version', () => {
    const file = path.join(tempDir(), 'old.qicao');
    createPlanFileAtVersion(file, 2, (db) => fillPlan(db, PlanSpec.parse(smallPlan)));
    openPlanFile(file).close();
    const [b] = listBackups(backupDirFor(file));
    expect(b.reason).toBe('migration');
    const old = new Database(b.path, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(2);
    expect(old.prepare("SELECT count(*) AS n FROM node WHERE kind = 'measure'").get()).toEqual({ n: 5 });
    old.close();
    expect(LATEST_VERSION).toBeGreaterThan(2);
  });

  it('restore brings back the backed-up plan, and is itself undoable', async () => {
    const { s } = sessionOnSmallPlan();
    await backupNow(s, 'manual');
    addNode(s.plan, { parentId: 3, kind: 'measure', title: '备份之后加的措施' });
    expect(countsReport(s.plan).totals.measures).toBe(6);
    const manual = backupsOf(s).find((b) => b.reason === 'manual')!;
    await restoreBackup(s, manual.path);
    expect(countsReport(s.plan).totals.measures).toBe(5);
    const undo = backupsOf(s).find((b) => b.reason === 'before-restore')!;
    await restoreBackup(s, undo.path);
    expect(countsReport(s.plan).totals.measures).toBe(6);
    s.close();
  });

  it('restore accepts only this plan’s own backups', async () => {
    const { s, dir } = sessionOnSmallPlan();
    const stranger = path.join(dir, 'other.qicao');
    fs.writeFileSync(stranger, 'x');
    await expect(restoreBackup(s, stranger)).rejects.toThrow(/找不到该备份/);
    await expect(restoreBackup(s, '/etc/passwd')).rejects.toThrow(/找不到该备份/);
    expect(countsReport(s.plan).totals.measures).toBe(5);
    s.close();
  });

  it('keep the newest ten plus the newest of each earlier day', () => {
    const dir = path.join(tempDir(), 'b');
    fs.mkdirSync(dir);
    const names = [
      ...Array.from({ length: 12 }, (_, i) => `20241105-1000${String(i).padStart(2, '0')}-000-periodic.qicao`),
      '20241103-090000-000-import.qicao',
      '20241103-180000-000-periodic.qicao',
      '20241101-120000-000-manual.qicao',
    ];
    for (const n of names) fs.writeFileSync(path.join(dir, n), 'x');
    pruneBackups(dir);
    const left = fs.readdirSync(dir).sort();
    expect(left).toHaveLength(12);
    expect(left).toContain('20241101-120000-000-manual.qicao');
    expect(left).toContain('20241103-180000-000-periodic.qicao');
    expect(left).not.toContain('20241103-090000-000-import.qicao');
    expect(left).not.toContain('20241105-100000-000-periodic.qicao');
  });
});

describe('a plan that cannot be opened', () => {
  it('in use by another Qicao: a clear message, and a copy can be opened instead', () => {
    const { s, file } = sessionOnSmallPlan();
    const other = new Session(path.join(tempDir(), 'data'));
    expect(() => other.open(file)).toThrow(/正在被另一个起草助手窗口或程序使用/);
    const copy = openCopy(other, file);
    expect(copy.path).not.toBe(file);
    expect(countsReport(other.plan).totals.measures).toBe(5);
    addNode(other.plan, { parentId: 3, kind: 'measure', title: '只改副本' });
    expect(countsReport(s.plan).totals.measures).toBe(5);
    other.close();
    s.close();
  });

  it('damaged: the newest backup opens as a new file; the damaged one is not touched', async () => {
    const { s, file } = sessionOnSmallPlan();
    await backupNow(s, 'manual');
    s.close();
    fs.truncateSync(file, 4096 + 100);
    const before = hash(file);
    const other = new Session(path.join(tempDir(), 'data'));
    expect(() => other.open(file)).toThrow(/已损坏/);
    const opened = openLatestBackup(other, file);
    expect(path.dirname(opened.path)).toBe(path.dirname(file));
    expect(opened.path).toMatch(/从备份恢复/);
    expect(countsReport(other.plan).totals.measures).toBe(5);
    expect(hash(file)).toBe(before);
    other.close();
  });
});
