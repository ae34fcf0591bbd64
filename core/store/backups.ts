// Rolling backups of a plan file, taken with SQLite's online backup (a consistent copy even
// while the plan is open): before every migration, before every import, before a restore, and
// periodically while editing. Kept: the newest 10, plus the newest of each day.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '../data-dir.ts';
import { QicaoError } from '../errors.ts';
import { createTemp, ioReason, occupied, placeTemp } from '../fs/atomic-write.ts';
import type { Db } from './open.ts';

export type BackupReason = 'migration' | 'import' | 'periodic' | 'before-restore' | 'manual';

export const BACKUP_REASON_LABEL: Record<BackupReason, string> = {
  migration: '升级文件格式前',
  import: '导入前',
  periodic: '编辑中定时',
  'before-restore': '恢复备份前',
  manual: '手动',
};

export interface BackupInfo {
  path: string;
  createdAt: string;
  reason: BackupReason;
  size: number;
}

const KEEP_NEWEST = 10;
const NAME = /^(\d{8})-(\d{6})-(\d{3})-([a-z-]+)\.qicao$/;

/** One folder per plan file, in the app's data folder (the drafter's own folder stays tidy). */
export function backupDirFor(planFile: string, root = path.join(dataDir(), 'backups')): string {
  const abs = path.resolve(planFile);
  const hash = crypto.createHash('sha256').update(abs).digest('hex').slice(0, 10);
  return path.join(root, `${path.basename(abs, '.qicao')}-${hash}`);
}

function stamp(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}-${p(d.getMilliseconds(), 3)}`;
}

function targetName(dir: string, reason: BackupReason): string {
  let d = new Date();
  let name = `${stamp(d)}-${reason}.qicao`;
  // two backups in the same millisecond: step forward rather than overwrite (lstat: a planted
  // link, even a dangling one, is a name taken)
  while (occupied(path.join(dir, name))) {
    d = new Date(d.getTime() + 1);
    name = `${stamp(d)}-${reason}.qicao`;
  }
  return path.join(dir, name);
}

/**
 * Where a backup is written before it takes its name: our own empty file, made exclusively under
 * a random name without following links (core/fs/atomic-write.ts), so SQLite — which opens by
 * path and follows links — never writes through a link planted at a name it could guess.
 */
function ownTemp(target: string): string {
  const { temp, fd } = createTemp(target);
  fs.closeSync(fd);
  return temp;
}

/** Online backup through better-sqlite3's `.backup()`; written under a temp name, then renamed. */
export async function backupPlan(db: Db, dir: string, reason: BackupReason): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const target = targetName(dir, reason);
  let temp = '';
  try {
    temp = ownTemp(target);
    await db.backup(temp);
    placeTemp(temp, target); // never over anything already at that name
  } catch (e) {
    if (temp) fs.rmSync(temp, { force: true });
    if (e instanceof QicaoError) throw e;
    throw new QicaoError('io', `无法创建备份（${ioReason(e)}），请检查磁盘空间和备份文件夹“${dir}”。`);
  }
  pruneBackups(dir);
  return target;
}

/** The synchronous form, for the moment just before a migration (opening is synchronous). */
export function backupPlanSync(db: Db, dir: string, reason: BackupReason): string {
  fs.mkdirSync(dir, { recursive: true });
  const target = targetName(dir, reason);
  let temp = '';
  try {
    temp = ownTemp(target);
    db.prepare('VACUUM INTO ?').run(temp); // VACUUM INTO accepts an empty file
    placeTemp(temp, target); // never over anything already at that name
  } catch (e) {
    if (temp) fs.rmSync(temp, { force: true });
    if (e instanceof QicaoError) throw e;
    throw new QicaoError('io', `无法创建备份（${ioReason(e)}），请检查磁盘空间和备份文件夹“${dir}”。`);
  }
  pruneBackups(dir);
  return target;
}

export function listBackups(dir: string): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  return (
    fs
      .readdirSync(dir)
      .map((name) => ({ name, m: NAME.exec(name), st: fs.lstatSync(path.join(dir, name), { throwIfNoEntry: false }) }))
      // only files we wrote: a link or folder planted under a backup's name is neither listed nor pruned through
      .filter((x): x is { name: string; m: RegExpExecArray; st: fs.Stats } => x.m !== null && x.st !== undefined && x.st.isFile())
      .map(({ name, m, st }) => {
        const [, ymd, hms, ms, reason] = m;
        const iso = `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6)}T${hms.slice(0, 2)}:${hms.slice(2, 4)}:${hms.slice(4)}.${ms}`;
        return { path: path.join(dir, name), createdAt: iso, reason: reason as BackupReason, size: st.size };
      })
      .sort((a, b) => (a.path < b.path ? 1 : -1))
  ); // newest first
}

/** Keeps the newest KEEP_NEWEST, and the newest backup of every day before them. */
export function pruneBackups(dir: string): void {
  const all = listBackups(dir);
  const keep = new Set(all.slice(0, KEEP_NEWEST).map((b) => b.path));
  const days = new Set<string>();
  for (const b of all) {
    const day = b.createdAt.slice(0, 10);
    if (!days.has(day)) {
      days.add(day);
      keep.add(b.path);
    }
  }
  for (const b of all) if (!keep.has(b.path)) fs.rmSync(b.path, { force: true });
}
