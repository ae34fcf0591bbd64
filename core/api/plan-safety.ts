// What the app does to keep a plan safe and to get a drafter out of trouble: rolling backups,
// restore (itself undoable: the current file is backed up first), and ways to keep working when
// a file cannot be opened (a copy of a file in use, the latest backup of a damaged one). The
// damaged or locked original is never written to.
import fs from 'node:fs';
import path from 'node:path';
import { QicaoError } from '../errors.ts';
import { copyFileAtomic } from '../fs/atomic-write.ts';
import { backupDirFor, backupPlan, listBackups, type BackupInfo, type BackupReason } from '../store/backups.ts';
import { assertPlanHeader, inspectPlanFile } from '../store/open.ts';
import type { PlanView } from './contract.ts';
import type { Session } from './session.ts';

function currentFile(session: Session): string {
  const view = session.view();
  if (!view) throw new QicaoError('not-found', '尚未打开计划文件，请先打开或新建一个计划。');
  return view.path;
}

export function backupsOf(session: Session, planFile?: string): BackupInfo[] {
  return listBackups(backupDirFor(planFile ?? currentFile(session)));
}

export function backupNow(session: Session, reason: BackupReason): Promise<string> {
  return backupPlan(session.plan, backupDirFor(currentFile(session)), reason);
}

/** A backup path is only accepted if it is one of this plan's own backups. */
function ownBackup(planFile: string, backupPath: string): BackupInfo {
  const found = listBackups(backupDirFor(planFile)).find((b) => b.path === path.resolve(backupPath));
  if (!found) throw new QicaoError('not-found', '找不到该备份，它可能已被清理；请刷新备份列表后重试。');
  return found;
}

/** Restore replaces the open plan on purpose; every other copy goes to a new name. */
function copyInto(source: string, target: string, overwrite = false): void {
  copyFileAtomic(source, target, { overwrite });
}

/** Replaces the open plan by one of its backups, after backing up the current state. */
export async function restoreBackup(session: Session, backupPath: string): Promise<PlanView> {
  const file = currentFile(session);
  const backup = ownBackup(file, backupPath);
  inspectPlanFile(backup.path);
  await backupNow(session, 'before-restore');
  session.close();
  try {
    copyInto(backup.path, file, true);
  } finally {
    session.open(file);
  }
  return session.view()!;
}

function freeName(dir: string, stem: string): string {
  let candidate = path.join(dir, `${stem}.qicao`);
  for (let i = 2; fs.existsSync(candidate); i++) candidate = path.join(dir, `${stem}（${i}）.qicao`);
  return candidate;
}

/**
 * A file in use elsewhere (or one the drafter just wants to look at): open a copy of it (with
 * its write-ahead log, so recent edits are in the copy). The original is not touched.
 */
export function openCopy(session: Session, planFile: string): PlanView {
  const source = path.resolve(planFile);
  if (!fs.existsSync(source)) throw new QicaoError('not-found', `找不到文件“${source}”，请检查路径。`);
  // only a plan is copied into the app's folder, never any other file a caller names
  assertPlanHeader(source);
  const dir = path.join(session.dataDir, 'copies');
  fs.mkdirSync(dir, { recursive: true });
  const target = freeName(dir, `${path.basename(source, '.qicao')}（副本）`);
  copyInto(source, target);
  try {
    if (fs.existsSync(`${source}-wal`)) copyInto(`${source}-wal`, `${target}-wal`);
    return session.open(target);
  } catch (e) {
    // a copy that cannot be opened (e.g. its schema was refused) is not kept
    for (const f of [target, `${target}-wal`, `${target}-shm`]) fs.rmSync(f, { force: true });
    throw e;
  }
}

/** A damaged plan: open a new file made from its newest backup, beside the original. */
export function openLatestBackup(session: Session, planFile: string): PlanView {
  const source = path.resolve(planFile);
  const [latest] = listBackups(backupDirFor(source));
  if (!latest) throw new QicaoError('not-found', `“${path.basename(source)}”没有可用的备份。`);
  inspectPlanFile(latest.path);
  const target = freeName(path.dirname(source), `${path.basename(source, '.qicao')}（从备份恢复 ${latest.createdAt.slice(0, 16).replace('T', ' ').replace(':', '时')}分）`);
  copyInto(latest.path, target);
  return session.open(target);
}

/** Backs up while the drafter edits: every `intervalMs`, if anything changed since the last one. */
export function startPeriodicBackups(session: Session, intervalMs = 10 * 60_000): () => void {
  let lastChanges = -1;
  let lastFile: string | null = null;
  const timer = setInterval(() => {
    const view = session.view();
    if (!view) return;
    const changes = (session.plan.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    if (view.path === lastFile && changes === lastChanges) return;
    lastFile = view.path;
    lastChanges = changes;
    backupNow(session, 'periodic').catch((e) => console.error('定时备份失败：', (e as Error).message));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
