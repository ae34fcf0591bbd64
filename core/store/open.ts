// Opening a plan file. A file is inspected read-only first, so that a file we refuse (not a
// plan, corrupt, from a newer version) is left byte-for-byte as it was.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { QicaoError } from '../errors.ts';
import { backupDirFor, backupPlanSync } from './backups.ts';
import { APPLICATION_ID, LATEST_VERSION, MIGRATIONS } from './migrations/index.ts';

export type Db = Database.Database;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

function configure(db: Db, busyTimeoutMs = 3000): void {
  // The user's document: durable on power loss (FULL), readers never block the writer (WAL).
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
}

function migrate(db: Db, from: number): void {
  for (const m of MIGRATIONS) {
    if (m.version <= from) continue;
    db.transaction(() => {
      db.exec(m.up);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

/** Reads the header without SQLite: a non-SQLite file never reaches the library. */
function assertSqliteHeader(file: string): void {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new QicaoError('not-found', `找不到文件“${file}”，请检查路径。`);
    if (code === 'EISDIR') throw new QicaoError('not-a-plan', `“${file}”是文件夹，不是计划文件。`);
    throw new QicaoError('io', `无法读取“${file}”（${code ?? '未知错误'}），请检查文件权限。`);
  }
  try {
    const head = Buffer.alloc(100);
    const n = fs.readSync(fd, head, 0, 100, 0);
    if (n === 0) throw new QicaoError('not-a-plan', `“${path.basename(file)}”是空文件，不是起草助手的计划文件。`);
    if (n < 100 || !head.subarray(0, 16).equals(SQLITE_MAGIC)) {
      throw new QicaoError('not-a-plan', `“${path.basename(file)}”不是起草助手的计划文件（.qicao），未作任何修改。`);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Inspects a file read-only; throws a QicaoError when it must not be opened. Returns its schema version. */
export function inspectPlanFile(file: string): number {
  assertSqliteHeader(file);
  const name = path.basename(file);
  // A read-only look at a WAL file makes SQLite create -wal/-shm beside it; remove the ones we
  // caused, so a refused file leaves the folder exactly as it was.
  const sideFiles = [`${file}-wal`, `${file}-shm`].filter((f) => !fs.existsSync(f));
  let probe: Db | undefined;
  try {
    // timeout 0: a file held by another Qicao is reported at once, not after a 5-second wait
    probe = new Database(file, { readonly: true, fileMustExist: true, timeout: 0 });
    const appId = probe.pragma('application_id', { simple: true }) as number;
    const version = probe.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID) {
      throw new QicaoError('not-a-plan', `“${name}”是数据库文件，但不是起草助手的计划文件，未作任何修改。`);
    }
    if (version > LATEST_VERSION) {
      throw new QicaoError(
        'newer-version',
        `“${name}”由更新版本的起草助手保存（格式 ${version}，本版本支持到 ${LATEST_VERSION}），请升级起草助手后再打开。`,
      );
    }
    const check = probe.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new QicaoError('corrupt', `“${name}”已损坏，无法打开，请从备份恢复。`);
    return version;
  } catch (e) {
    if (e instanceof QicaoError) throw e;
    const code = (e as { code?: string }).code ?? '';
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
      throw new QicaoError('locked', `“${name}”正在被另一个起草助手窗口或程序使用，请先关闭那边的文件，或以只读方式打开副本。`);
    }
    throw new QicaoError('corrupt', `“${name}”已损坏，无法打开，请从备份恢复。`);
  } finally {
    probe?.close();
    for (const f of sideFiles) if (fs.existsSync(f) && (f.endsWith('-shm') || fs.statSync(f).size === 0)) fs.rmSync(f);
  }
}

export interface OpenOptions {
  /** Where the backup taken before a migration goes; null: none (tests of old files). */
  backupDir?: string | null;
}

/**
 * Opens an existing plan for editing, upgrading an older schema in place (after a backup).
 * The file is held exclusively while open: a second Qicao gets a clear "in use" message
 * instead of two programs editing one plan.
 */
export function openPlanFile(file: string, options: OpenOptions = {}): Db {
  const version = inspectPlanFile(file);
  const db = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    try {
      configure(db, 0);
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN IMMEDIATE; COMMIT'); // takes the exclusive lock now, not at the first edit
      db.pragma('busy_timeout = 3000');
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_BUSY') {
        throw new QicaoError('locked', `“${path.basename(file)}”正在被另一个起草助手窗口或程序使用，请先关闭那边的文件，或以只读方式打开副本。`);
      }
      throw e;
    }
    if (version < LATEST_VERSION) {
      const dir = options.backupDir === undefined ? backupDirFor(file) : options.backupDir;
      if (dir !== null) backupPlanSync(db, dir, 'migration');
      migrate(db, version);
    }
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * Creates a new plan file. It is built under a temporary name and renamed into place, so a
 * crash never leaves a half-made plan under the user's chosen name.
 */
export function createPlanFile(file: string, fill?: (db: Db) => void): Db {
  if (fs.existsSync(file)) throw new QicaoError('exists', `“${file}”已存在，请换一个文件名。`);
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) throw new QicaoError('not-found', `文件夹“${dir}”不存在，请先创建它。`);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  let db: Db | undefined;
  try {
    db = new Database(temp);
    configure(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, 0);
    if (fill) db.transaction(() => fill(db!))();
    db.close(); // checkpoints the WAL into the file before it takes its real name
    db = undefined;
    fs.renameSync(temp, file);
  } catch (e) {
    db?.close();
    for (const f of [temp, `${temp}-wal`, `${temp}-shm`]) fs.rmSync(f, { force: true });
    if (e instanceof QicaoError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new QicaoError('io', `无法创建“${file}”（${code ?? (e as Error).message}），请检查文件夹是否可写。`);
  }
  return openPlanFile(file);
}

/** For migration tests: build a file at an older schema version. */
export function createPlanFileAtVersion(file: string, version: number, fill?: (db: Db) => void): void {
  const temp = new Database(file);
  configure(temp);
  temp.pragma(`application_id = ${APPLICATION_ID}`);
  for (const m of MIGRATIONS) {
    if (m.version > version) break;
    temp.exec(m.up);
    temp.pragma(`user_version = ${m.version}`);
  }
  if (fill) temp.transaction(() => fill(temp))();
  temp.close();
}
