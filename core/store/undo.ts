// Undo and redo over the undo log of migration 0006. The triggers record; this file decides
// where one step ends and the next begins, names steps, and replays them.
import type { Focus, HistoryState } from '../model/views.ts';
import { QicaoError } from '../errors.ts';
import { issueLockError } from './issue-lock.ts';
import type { Db } from './open.ts';
import { sql } from './statements.ts';
import { assertUndoStatement } from './undo-statement.ts';

/** Typing in one field within this time is one step, not one step per autosave. */
export const MERGE_WINDOW_MS = 4000;
/** History kept in the file; older steps are dropped when the file is opened. */
export const KEPT_STEPS = 500;

export type { Focus, HistoryState };

export interface StepInfo {
  label: string;
  /** where the view should go after the step is undone or redone */
  focus: Focus;
}

const installed = new WeakSet<Db>();

/**
 * Starts recording edits of this connection's plan and makes each outermost transaction one
 * step. Every store function already runs a user action as one transaction, including those of
 * features that know nothing of undo, so the step boundary is put on the transaction itself:
 * the connection's `transaction` is wrapped to close the current step before and after.
 */
export function installUndo(db: Db): void {
  if (installed.has(db)) return;
  installed.add(db);
  db.transaction(() => {
    sql(db, 'UPDATE undo_state SET recording = 1 WHERE id = 1 AND recording = 0').run();
    prune(db);
  })();
  const original = db.transaction.bind(db);
  let depth = 0;
  db.transaction = ((fn: (...args: unknown[]) => unknown) =>
    original(function (this: unknown, ...args: unknown[]) {
      const outermost = depth === 0;
      depth++;
      try {
        if (outermost) closeStep(db);
        const result = fn.apply(this, args);
        if (outermost) closeStep(db);
        return result;
      } finally {
        depth--;
      }
    })) as Db['transaction'];
}

/** Moves on to a fresh step when the current one has entries (e.g. left by the command line). */
function closeStep(db: Db): void {
  const moved = sql(
    db,
    `UPDATE undo_state SET step = step + 1 WHERE id = 1 AND mode = 'normal'
       AND EXISTS (SELECT 1 FROM undo_log WHERE stack = 'undo' AND step = undo_state.step)`,
  ).run().changes;
  // a label written by an action that changed nothing must not name the next action
  if (!moved) sql(db, "DELETE FROM undo_step WHERE stack = 'undo' AND step = (SELECT step FROM undo_state WHERE id = 1)").run();
}

/**
 * Names the step the current transaction writes. With a mergeKey, an edit of the same field
 * shortly after the previous one joins that step (typing is undone by the burst, not by the
 * keystroke). Call inside the action's transaction, before it writes.
 */
export function labelStep(db: Db, label: string, opts: { mergeKey?: string; focus?: Focus } = {}): void {
  const now = Date.now();
  const state = sql(db, 'SELECT step, mode FROM undo_state WHERE id = 1').get() as { step: number; mode: string };
  if (state.mode !== 'normal') return;
  if (opts.mergeKey) {
    const top = sql(
      db,
      `SELECT step, merge_key, at FROM undo_step WHERE stack = 'undo'
         AND step = (SELECT max(step) FROM undo_log WHERE stack = 'undo')`,
    ).get() as { step: number; merge_key: string | null; at: number } | undefined;
    const redoEmpty = !sql(db, "SELECT 1 FROM undo_log WHERE stack = 'redo' LIMIT 1").get();
    const current = sql(db, "SELECT 1 FROM undo_log WHERE stack = 'undo' AND step = ? LIMIT 1").get(state.step);
    if (top && !current && redoEmpty && top.merge_key === opts.mergeKey && now - top.at < MERGE_WINDOW_MS) {
      sql(db, 'UPDATE undo_state SET step = ? WHERE id = 1').run(top.step);
      sql(db, "UPDATE undo_step SET at = ? WHERE stack = 'undo' AND step = ?").run(now, top.step);
      return;
    }
  }
  sql(
    db,
    `INSERT INTO undo_step (stack, step, label, merge_key, at, focus) VALUES ('undo', ?, ?, ?, ?, ?)
     ON CONFLICT (stack, step) DO UPDATE SET label = excluded.label, merge_key = excluded.merge_key, at = excluded.at, focus = excluded.focus`,
  ).run(state.step, label, opts.mergeKey ?? null, now, opts.focus ? JSON.stringify(opts.focus) : null);
}

function topStep(db: Db, stack: 'undo' | 'redo'): number | null {
  const row = sql(db, 'SELECT max(step) AS step FROM undo_log WHERE stack = ?').get(stack) as { step: number | null };
  return row.step;
}

function stepInfo(db: Db, stack: 'undo' | 'redo', step: number): StepInfo {
  const row = sql(db, 'SELECT label, focus FROM undo_step WHERE stack = ? AND step = ?').get(stack, step) as { label: string; focus: string | null } | undefined;
  return { label: row?.label ?? '编辑', focus: row?.focus ? (JSON.parse(row.focus) as Focus) : null };
}

/** Replays one step of `from` backwards, writing its inverse into the other stack. */
function replay(db: Db, from: 'undo' | 'redo'): StepInfo | null {
  const verb = from === 'undo' ? '撤销' : '重做';
  try {
    return replayStep(db, from);
  } catch (e) {
    if (e instanceof QicaoError) throw e;
    const locked = issueLockError(e); // an issued plan: undoing a structural edit needs an open 调整 too
    if (locked) throw locked;
    // e.g. a unit added in this step that a consultation round has since named (RESTRICT)
    throw new QicaoError('bad-input', `无法${verb}这一步：之后的其他记录（如征求意见）仍依赖它。计划未作改动。`);
  }
}

function replayStep(db: Db, from: 'undo' | 'redo'): StepInfo | null {
  return db.transaction(() => {
    const step = topStep(db, from);
    if (step === null) return null;
    const to = from === 'undo' ? 'redo' : 'undo';
    const target = (topStep(db, to) ?? 0) + 1;
    // while undoing, the triggers write into the redo stack; while redoing, into the undo stack
    sql(db, 'UPDATE undo_state SET mode = ?, step = ? WHERE id = 1').run(from === 'undo' ? 'undo' : 'redo', target);
    // the replay runs the original statements' effects backwards: constraints hold at the end
    db.pragma('defer_foreign_keys = ON');
    const entries = sql(db, 'SELECT seq, sql FROM undo_log WHERE stack = ? AND step = ? ORDER BY seq DESC').all(from, step) as {
      seq: number;
      sql: string;
    }[];
    for (const e of entries) {
      assertUndoStatement(e.sql); // the log is in the file: only our triggers' own shapes run
      db.exec(e.sql);
    }
    sql(db, 'DELETE FROM undo_log WHERE stack = ? AND step = ?').run(from, step);
    const info = stepInfo(db, from, step);
    sql(db, 'DELETE FROM undo_step WHERE stack = ? AND step = ?').run(from, step);
    sql(db, 'INSERT OR REPLACE INTO undo_step (stack, step, label, merge_key, at, focus) VALUES (?, ?, ?, NULL, ?, ?)').run(
      to,
      target,
      info.label,
      Date.now(),
      info.focus ? JSON.stringify(info.focus) : null,
    );
    const fresh = (topStep(db, 'undo') ?? 0) + 1;
    sql(db, "UPDATE undo_state SET mode = 'normal', step = ? WHERE id = 1").run(fresh);
    return info;
  })();
}

/** Undoes the latest step; null when there is nothing to undo. */
export function undo(db: Db): StepInfo | null {
  return replay(db, 'undo');
}

/** Redoes the latest undone step; null when there is nothing to redo. */
export function redo(db: Db): StepInfo | null {
  return replay(db, 'redo');
}

export function historyState(db: Db): HistoryState {
  const top = (stack: 'undo' | 'redo') => {
    const step = topStep(db, stack);
    return step === null ? null : stepInfo(db, stack, step).label;
  };
  return { undo: top('undo'), redo: top('redo') };
}

/** Drops the oldest steps beyond KEPT_STEPS, so the file does not grow without end. */
function prune(db: Db): void {
  const cut = sql(db, "SELECT step FROM (SELECT DISTINCT step FROM undo_log WHERE stack = 'undo') ORDER BY step DESC LIMIT 1 OFFSET ?").get(KEPT_STEPS) as
    { step: number } | undefined;
  if (!cut) return;
  sql(db, "DELETE FROM undo_log WHERE stack = 'undo' AND step <= ?").run(cut.step);
  sql(db, "DELETE FROM undo_step WHERE stack = 'undo' AND step <= ?").run(cut.step);
}
