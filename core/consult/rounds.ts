// Rounds (征求意见轮次): name, sent and due dates, the units asked, and the 征求意见稿
// snapshot taken when the round is sent.
import { QicaoError } from '../errors.ts';
import type { Db } from '../store/open.ts';
import { takeSnapshot } from '../store/snapshots.ts';
import { sql } from '../store/statements.ts';
import { chineseDate, todayIso, type RoundView } from '../model/consultation.ts';
import { findUnit } from './units.ts';

interface RoundRow {
  id: number;
  name: string;
  sent_date: string | null;
  due_date: string | null;
  snapshot_id: number | null;
}

export interface NewRound {
  name: string;
  sentDate?: string | null;
  dueDate?: string | null;
  units: string[];
}

/** "第一轮" → "第一轮征求意见稿", "2024年2月征求意见" → "2024年2月征求意见稿". */
export function snapshotNameFor(roundName: string): string {
  if (roundName.endsWith('征求意见稿')) return roundName;
  if (roundName.endsWith('征求意见')) return `${roundName}稿`;
  return `${roundName}征求意见稿`;
}

function roundRow(db: Db, id: number): RoundRow {
  const row = sql(db, 'SELECT id, name, sent_date, due_date, snapshot_id FROM round WHERE id = ?').get(id) as RoundRow | undefined;
  if (!row) throw new QicaoError('not-found', `找不到编号为 ${id} 的征求意见轮次，它可能已被删除。`);
  return row;
}

export function readRound(db: Db, id: number): RoundView {
  const row = roundRow(db, id);
  const snapshot = row.snapshot_id === null ? undefined : (sql(db, 'SELECT name FROM snapshot WHERE id = ?').get(row.snapshot_id) as { name: string } | undefined);
  const units = sql(db, 'SELECT u.name FROM round_unit ru JOIN unit u ON u.id = ru.unit_id WHERE ru.round_id = ? ORDER BY u.id').all(id) as { name: string }[];
  return {
    id: row.id,
    name: row.name,
    sentDate: row.sent_date,
    dueDate: row.due_date,
    snapshotName: snapshot?.name ?? null,
    units: units.map((u) => u.name),
  };
}

export function listRounds(db: Db): RoundView[] {
  return (sql(db, 'SELECT id FROM round ORDER BY id').all() as { id: number }[]).map((r) => readRound(db, r.id));
}

/** The round named, or the latest one; null when the plan has none yet. */
export function pickRound(db: Db, nameOrId?: string | number): number | null {
  if (nameOrId === undefined) {
    const latest = sql(db, 'SELECT max(id) AS id FROM round').get() as { id: number | null };
    return latest.id;
  }
  const row = (
    typeof nameOrId === 'number' ? sql(db, 'SELECT id FROM round WHERE id = ?').get(nameOrId) : sql(db, 'SELECT id FROM round WHERE name = ? ORDER BY id DESC').get(nameOrId.trim())
  ) as { id: number } | undefined;
  if (!row) {
    const names = listRounds(db).map((r) => `“${r.name}”`);
    throw new QicaoError('not-found', `找不到征求意见轮次“${nameOrId}”${names.length ? `，已有：${names.join('、')}` : '，计划中还没有征求意见轮次'}。`);
  }
  return row.id;
}

function assertDates(r: NewRound): void {
  if (r.sentDate && r.dueDate && r.dueDate < r.sentDate) {
    throw new QicaoError('bad-input', `反馈截止日期（${chineseDate(r.dueDate)}）早于发出日期（${chineseDate(r.sentDate)}），请检查日期。`);
  }
}

/** Checks a new round without writing anything (so a package is not exported for a round that cannot be recorded). */
export function checkNewRound(db: Db, r: NewRound): number[] {
  const name = r.name.trim();
  if (name === '') throw new QicaoError('bad-input', '请给征求意见轮次起一个名称，如“第一轮征求意见”。');
  if (sql(db, 'SELECT 1 FROM round WHERE name = ?').get(name)) throw new QicaoError('exists', `已有名为“${name}”的征求意见轮次，请换一个名称。`);
  if (sql(db, 'SELECT 1 FROM snapshot WHERE name = ?').get(snapshotNameFor(name))) {
    throw new QicaoError('exists', `已有名为“${snapshotNameFor(name)}”的稿件，请给本轮换一个名称。`);
  }
  assertDates(r);
  if (r.units.length === 0) throw new QicaoError('bad-input', '请至少选择一个征求意见的单位。');
  return [...new Set(r.units.map((u) => findUnit(db, u).id))];
}

/** Records a round and the units asked; when `send`, takes the 征求意见稿 snapshot too. One transaction. */
export function createRound(db: Db, r: NewRound, options: { send: boolean }): RoundView {
  return db.transaction(() => {
    const unitIds = checkNewRound(db, r);
    const name = r.name.trim();
    const snapshot = options.send ? takeSnapshot(db, snapshotNameFor(name), 'round') : null;
    const id = Number(
      sql(db, 'INSERT INTO round (name, sent_date, due_date, snapshot_id, created_at) VALUES (?, ?, ?, ?, ?)').run(
        name,
        r.sentDate ?? (options.send ? todayIso() : null),
        r.dueDate ?? null,
        snapshot?.id ?? null,
        new Date().toISOString(),
      ).lastInsertRowid,
    );
    for (const unitId of unitIds) sql(db, 'INSERT INTO round_unit (round_id, unit_id) VALUES (?, ?)').run(id, unitId);
    return readRound(db, id);
  })();
}

export interface RoundEdit {
  name?: string;
  /** null clears the date. */
  sentDate?: string | null;
  dueDate?: string | null;
}

/** Renames a round or corrects its dates (e.g. a round made by importing feedback before any was recorded). */
export function updateRound(db: Db, id: number, edit: RoundEdit): RoundView {
  return db.transaction(() => {
    const row = roundRow(db, id);
    const name = edit.name === undefined ? row.name : edit.name.trim();
    if (name === '') throw new QicaoError('bad-input', '请给征求意见轮次起一个名称，如“第一轮征求意见”。');
    if (name !== row.name && sql(db, 'SELECT 1 FROM round WHERE name = ? AND id <> ?').get(name, id)) {
      throw new QicaoError('exists', `已有名为“${name}”的征求意见轮次，请换一个名称。`);
    }
    const sentDate = edit.sentDate === undefined ? row.sent_date : edit.sentDate;
    const dueDate = edit.dueDate === undefined ? row.due_date : edit.dueDate;
    assertDates({ name, sentDate, dueDate, units: [] });
    sql(db, 'UPDATE round SET name = ?, sent_date = ?, due_date = ? WHERE id = ?').run(name, sentDate, dueDate, id);
    return readRound(db, id);
  })();
}

/**
 * The round feedback is filed under: the one named, or the latest — a round the drafter
 * recorded is never bypassed. Only when the plan has none is one made, and it says so in its
 * name ("自动建立的征求意见轮次（2026年11月28日导入反馈）") and has no 发出日期: the day of the
 * import is not the day the draft went out, so no document states it until the drafter sets the
 * real date (consult.updateRound). Inside the caller's transaction.
 */
export function roundForFeedback(db: Db, nameOrId?: string | number): number {
  const picked = pickRound(db, nameOrId);
  if (picked !== null) return picked;
  const base = `${AUTO_ROUND_PREFIX}（${chineseDate(todayIso())}导入反馈）`;
  let name = base;
  for (let n = 2; sql(db, 'SELECT 1 FROM round WHERE name = ?').get(name); n++) name = `${base}（${n}）`;
  return Number(
    sql(db, 'INSERT INTO round (name, sent_date, due_date, snapshot_id, created_at) VALUES (?, NULL, NULL, NULL, ?)').run(name, new Date().toISOString()).lastInsertRowid,
  );
}

/** The name of a round made by importing feedback before any round was recorded begins so. */
export const AUTO_ROUND_PREFIX = '自动建立的征求意见轮次';

/** A unit that answers without having been asked is counted as asked: its words count all the same. */
export function askUnit(db: Db, roundId: number, unitId: number): void {
  sql(db, 'INSERT OR IGNORE INTO round_unit (round_id, unit_id) VALUES (?, ?)').run(roundId, unitId);
}

/** The plan the unit read: the round's 征求意见稿, when it was sent through Qicao. */
export function roundSnapshotId(db: Db, roundId: number): number | null {
  return roundRow(db, roundId).snapshot_id;
}
