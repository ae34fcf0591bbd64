// Opening a plan file. A file is inspected read-only first, so that a file we refuse (not a
// plan, corrupt, from a newer version) is left byte-for-byte as it was.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { QicaoError } from '../errors.ts';
import { createTemp, existsMessage, ioReason, occupied, placeTemp } from '../fs/atomic-write.ts';
import { backupDirFor, backupPlanSync } from './backups.ts';
import { sqliteBindingOption } from './native-binding.ts';
import { schemaDifference } from './known-schema.ts';
import { APPLICATION_ID, LATEST_VERSION, MIGRATIONS } from './migrations/index.ts';

export type Db = Database.Database;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** A plan may grow to this size; past it a write fails instead of filling the disk. */
export const MAX_PLAN_BYTES = 1024 * 1024 * 1024;

/**
 * Guards against SQL carried inside a file. better-sqlite3 is built without a progress handler
 * (SQLITE_OMIT_PROGRESS_CALLBACK), so a runaway statement cannot be interrupted from JavaScript;
 * the defence is that no statement of the sender's ever runs: the schema is verified before
 * the first write (known-schema.ts), undo replays only statements shaped like our triggers' own
 * (undo-statement.ts), functions in the schema may not have side effects (trusted_schema off),
 * the schema cannot be edited by SQL (defensive mode, unsafe mode off), and the file has a
 * size ceiling so a write gone wrong fails with "disk full" rather than eating the disk.
 */
function harden(db: Db): void {
  db.unsafeMode(false);
  db.pragma('trusted_schema = OFF');
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.pragma(`max_page_count = ${Math.floor(MAX_PLAN_BYTES / pageSize)}`);
}

function configure(db: Db, busyTimeoutMs = 3000): void {
  harden(db);
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
function assertSqliteHeader(file: string): Buffer {
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
    return head;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A plan by its header alone (SQLite magic and our application_id at byte 68), without
 * opening it: works on a file another program holds locked.
 */
export function assertPlanHeader(file: string): void {
  const head = assertSqliteHeader(file);
  if (head.readUInt32BE(68) !== APPLICATION_ID) {
    throw new QicaoError('not-a-plan', `“${path.basename(file)}”不是起草助手的计划文件（.qicao），未作任何修改。`);
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
    probe = new Database(file, { readonly: true, fileMustExist: true, timeout: 0, ...sqliteBindingOption() });
    probe.pragma('trusted_schema = OFF');
    const appId = probe.pragma('application_id', { simple: true }) as number;
    const version = probe.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID) {
      throw new QicaoError('not-a-plan', `“${name}”是数据库文件，但不是起草助手的计划文件，未作任何修改。`);
    }
    if (version > LATEST_VERSION) {
      throw new QicaoError('newer-version', `“${name}”由更新版本的起草助手保存（格式 ${version}，本版本支持到 ${LATEST_VERSION}），请升级起草助手后再打开。`);
    }
    // The schema first, from sqlite_schema alone: the integrity check reads every table, and in a
    // sender's table that means evaluating its generated columns and running its virtual tables'
    // code (FTS, R-tree). Only a file holding exactly our schema is checked, then written.
    const difference = schemaDifference(probe, version);
    if (difference !== null) {
      throw new QicaoError(
        'not-a-plan',
        `“${name}”的内部结构与起草助手（格式 ${version}）写入的不一致（${difference}），可能被其他程序改动过或含有不安全的内容，已拒绝打开，文件未作任何修改。`,
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
  const db = new Database(file, { fileMustExist: true, timeout: 0, ...sqliteBindingOption() });
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
    // the file could have been replaced between the look and the lock: look again, now it is ours
    if ((db.pragma('user_version', { simple: true }) as number) !== version || schemaDifference(db, version) !== null) {
      throw new QicaoError('not-a-plan', `“${path.basename(file)}”在打开过程中被其他程序改动，已拒绝打开，请重新打开。`);
    }
    if (version < LATEST_VERSION) {
      const dir = options.backupDir === undefined ? backupDirFor(file) : options.backupDir;
      const backup = dir !== null ? backupPlanSync(db, dir, 'migration') : null;
      try {
        db.transaction(() => migrate(db, version))(); // all steps or none: a failed upgrade leaves the file as it was
      } catch (e) {
        if (backup) fs.rmSync(backup, { force: true }); // the file is unchanged; its backup would only confuse
        throw new QicaoError('corrupt', `“${path.basename(file)}”无法升级到当前文件格式，文件未作任何修改，也没有留下备份；请用保存它的起草助手版本打开。`);
      }
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
  if (occupied(file)) throw new QicaoError('exists', existsMessage(path.resolve(file)));
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) throw new QicaoError('not-found', `文件夹“${dir}”不存在，请先创建它。`);
  let temp = '';
  let db: Db | undefined;
  try {
    // our own empty file (random name, created exclusively, not through a planted link)
    const made = createTemp(path.resolve(file));
    temp = made.temp;
    fs.closeSync(made.fd);
    db = new Database(temp, sqliteBindingOption());
    configure(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, 0);
    if (fill) db.transaction(() => fill(db!))();
    db.close(); // checkpoints the WAL into the file before it takes its real name
    db = undefined;
    placeTemp(temp, path.resolve(file)); // never over a file or link that appeared meanwhile
  } catch (e) {
    db?.close();
    if (temp) for (const f of [temp, `${temp}-wal`, `${temp}-shm`]) fs.rmSync(f, { force: true });
    if (e instanceof QicaoError) throw e;
    throw new QicaoError('io', `无法创建“${file}”（${ioReason(e)}），请检查文件夹是否可写。`);
  }
  return openPlanFile(file);
}

/** For migration tests: build a file at an older schema version. */
export function createPlanFileAtVersion(file: string, version: number, fill?: (db: Db) => void): void {
  const temp = new Database(file, sqliteBindingOption());
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
