// Undo and redo that survive closing the file: the classic SQLite technique
// (sqlite.org/undoredo.html). Triggers on the plan tables write the SQL that reverses each row
// change into undo_log; one user action (one transaction) is one step. Replaying a step's SQL
// backwards undoes it, and the triggers, firing again during the replay, write the redo step.
// part_count is not logged: its own triggers keep it right while the node rows are replayed.
// Snapshots, rounds and comments are not logged either: undoing an edit never rewrites them.
import type { Migration } from './index.ts';

interface LoggedTable {
  name: string;
  /** the columns that identify a row */
  key: string[];
  /** every other column, restored by the inverse UPDATE/INSERT */
  columns: string[];
}

/**
 * The tables and their columns as of this migration. A later migration that adds a column to
 * one of them must re-create that table's triggers (DROP + undoTriggers) or undo would not
 * restore the new column.
 */
export const LOGGED_TABLES: readonly LoggedTable[] = [
  { name: 'plan', key: ['id'], columns: ['title', 'year', 'is_sample', 'created_at'] },
  { name: 'node', key: ['id'], columns: ['kind', 'parent_id', 'part_id', 'position', 'title', 'goals', 'content', 'deadline'] },
  { name: 'unit', key: ['id'], columns: ['name', 'kind', 'contact', 'phone'] },
  { name: 'measure_unit', key: ['measure_id', 'unit_id'], columns: ['role', 'position'] },
  { name: 'indicator', key: ['id'], columns: ['part_id', 'position', 'name', 'unit', 'baseline_year', 'baseline_value', 'comparator', 'target'] },
  { name: 'measure_indicator', key: ['measure_id', 'indicator_id'], columns: [] },
  { name: 'explanation', key: ['id'], columns: ['doc_json', 'updated_at'] },
];

// Entries go to the undo stack while editing or redoing, to the redo stack while undoing.
const STACK = `CASE mode WHEN 'undo' THEN 'redo' ELSE 'undo' END`;
const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
/** SQL text that, evaluated in the trigger, yields `col = <quoted value>` pairs. */
const assignments = (cols: string[], row: 'OLD' | 'NEW', sep: string) =>
  cols.map((c) => `${lit(c + '=')} || quote(${row}.${c})`).join(` || ${lit(sep)} || `);
const values = (cols: string[], row: 'OLD' | 'NEW') => cols.map((c) => `quote(${row}.${c})`).join(` || ',' || `);

export function undoTriggers(t: LoggedTable): string {
  const all = [...t.key, ...t.columns];
  const where = (row: 'OLD' | 'NEW') => `${lit(' WHERE ')} || ${assignments(t.key, row, ' AND ')}`;
  // An UPDATE that changes nothing is no step at all (a field saved twice with the same value).
  // A row's identity inside the step: the first UPDATE of a row in a step already restores the
  // row as it was before the step, so later UPDATEs of the same row (typing) are not logged.
  const rowKey = `${lit(t.name + ':')} || ${t.key.map((k) => `OLD.${k}`).join(` || ':' || `)}`;
  const logged = (sqlText: string, key = 'NULL') =>
    `INSERT INTO undo_log (stack, step, row_key, sql) SELECT ${STACK}, step, ${key}, ${sqlText} FROM undo_state WHERE id = 1;`;
  const update =
    t.columns.length === 0
      ? ''
      : `
CREATE TRIGGER undo_${t.name}_update AFTER UPDATE ON ${t.name}
WHEN (SELECT recording FROM undo_state WHERE id = 1)
 AND (${all.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ')})
 AND NOT EXISTS (SELECT 1 FROM undo_log, undo_state s WHERE s.id = 1
   AND undo_log.stack = CASE s.mode WHEN 'undo' THEN 'redo' ELSE 'undo' END AND undo_log.step = s.step
   AND undo_log.row_key = ${rowKey}) BEGIN
  ${logged(`${lit(`UPDATE ${t.name} SET `)} || ${assignments(all, 'OLD', ', ')} || ${where('NEW')}`, rowKey)}
END;`;
  return `
CREATE TRIGGER undo_${t.name}_insert AFTER INSERT ON ${t.name} WHEN (SELECT recording FROM undo_state WHERE id = 1) BEGIN
  ${logged(`${lit(`DELETE FROM ${t.name}`)} || ${where('NEW')}`)}
END;
CREATE TRIGGER undo_${t.name}_delete AFTER DELETE ON ${t.name} WHEN (SELECT recording FROM undo_state WHERE id = 1) BEGIN
  ${logged(`${lit(`INSERT INTO ${t.name} (${all.join(', ')}) VALUES (`)} || ${values(all, 'OLD')} || ')'`)}
END;${update}`;
}

export const migration0006: Migration = {
  version: 6,
  name: 'undo-log',
  up: `
-- recording stays 0 until the app opens the file for editing: filling a new file is not a step.
-- mode says where the triggers' entries go; step is the step being written.
CREATE TABLE undo_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  recording INTEGER NOT NULL DEFAULT 0 CHECK (recording IN (0, 1)),
  mode TEXT NOT NULL DEFAULT 'normal' CHECK (mode IN ('normal', 'undo', 'redo')),
  step INTEGER NOT NULL DEFAULT 1
) STRICT;
INSERT INTO undo_state (id) VALUES (1);

CREATE TABLE undo_log (
  seq INTEGER PRIMARY KEY,
  stack TEXT NOT NULL CHECK (stack IN ('undo', 'redo')),
  step INTEGER NOT NULL,
  row_key TEXT,
  sql TEXT NOT NULL
) STRICT;
CREATE INDEX undo_log_by_step ON undo_log(stack, step, row_key);

-- What a step was, for the menu ("撤销：修改措施内容") and for the view to show after undoing it.
CREATE TABLE undo_step (
  stack TEXT NOT NULL CHECK (stack IN ('undo', 'redo')),
  step INTEGER NOT NULL,
  label TEXT NOT NULL,
  merge_key TEXT,
  at INTEGER NOT NULL,
  focus TEXT,
  PRIMARY KEY (stack, step)
) STRICT;

-- A new edit makes the redo stack meaningless.
CREATE TRIGGER undo_log_clears_redo AFTER INSERT ON undo_log
WHEN NEW.stack = 'undo' AND (SELECT mode FROM undo_state WHERE id = 1) = 'normal' BEGIN
  DELETE FROM undo_log WHERE stack = 'redo';
  DELETE FROM undo_step WHERE stack = 'redo';
END;
${LOGGED_TABLES.map(undoTriggers).join('\n')}
`,
};
