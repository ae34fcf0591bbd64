// The plan's year after issue: the 印发稿 record, 调整 (adjustments) to the issued structure,
// reporting periods, the units' returned progress files and their rows, indicator actuals, and
// the lineage of a next-year plan's nodes to last year's.
//
// Literal SQL only (a shipped migration never changes its result, so it calls no shared helper).
//
// Undo scope: issuing, adjustments, periods, returns and actuals are records of what happened
// (like rounds and comments) and are never undone by 撤销; a node's lineage is part of the plan's
// structure and moves with it (undoing a delete of a node brings its lineage back).
import type { Migration } from './index.ts';

/** The message the lock triggers raise; core/year/issue-lock.ts turns it into a QicaoError. */
const LOCKED = '计划已印发，结构和措施内容不能直接修改：请先在“年度调度”中记录一次调整（写明调整原因），在调整中修改，改完后结束调整。';

export const migration0010: Migration = {
  version: 10,
  name: 'plan-year',
  up: `
-- The plan as issued: one row once issued. The snapshot is the year's baseline.
CREATE TABLE plan_issue (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  snapshot_id INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE RESTRICT,
  doc_number TEXT NOT NULL,
  issue_date TEXT NOT NULL,
  issued_at TEXT NOT NULL
) STRICT;

-- A change of the issued structure, with who asked for it and why. While one is open (closed_at
-- NULL) structural edits are allowed and logged into adjustment_change by the triggers below.
CREATE TABLE adjustment (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  reason TEXT NOT NULL CHECK (reason <> ''),
  made_by TEXT NOT NULL DEFAULT '',
  opened_at TEXT NOT NULL,
  closed_at TEXT
) STRICT;

CREATE TABLE adjustment_change (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  adjustment_id INTEGER NOT NULL REFERENCES adjustment(id) ON DELETE CASCADE,
  -- a node id (no foreign key: a deleted node's change must stay on record)
  node_id INTEGER NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('add', 'delete', 'move', 'text', 'deadline', 'units')),
  before TEXT,
  after TEXT
) STRICT;
CREATE INDEX adjustment_change_by_adjustment ON adjustment_change(adjustment_id);

CREATE TRIGGER issued_lock_node_insert BEFORE INSERT ON node
WHEN EXISTS (SELECT 1 FROM plan_issue) AND NOT EXISTS (SELECT 1 FROM adjustment WHERE closed_at IS NULL) BEGIN
  SELECT RAISE(ABORT, '${LOCKED}');
END;
CREATE TRIGGER issued_lock_node_delete BEFORE DELETE ON node
WHEN EXISTS (SELECT 1 FROM plan_issue) AND NOT EXISTS (SELECT 1 FROM adjustment WHERE closed_at IS NULL) BEGIN
  SELECT RAISE(ABORT, '${LOCKED}');
END;
CREATE TRIGGER issued_lock_node_update BEFORE UPDATE ON node
WHEN (OLD.parent_id IS NOT NEW.parent_id OR OLD.position IS NOT NEW.position
      OR (OLD.kind <> 'part' AND (OLD.title IS NOT NEW.title OR OLD.deadline IS NOT NEW.deadline)))
 AND EXISTS (SELECT 1 FROM plan_issue) AND NOT EXISTS (SELECT 1 FROM adjustment WHERE closed_at IS NULL) BEGIN
  SELECT RAISE(ABORT, '${LOCKED}');
END;
CREATE TRIGGER issued_lock_measure_unit_insert BEFORE INSERT ON measure_unit
WHEN EXISTS (SELECT 1 FROM plan_issue) AND NOT EXISTS (SELECT 1 FROM adjustment WHERE closed_at IS NULL) BEGIN
  SELECT RAISE(ABORT, '${LOCKED}');
END;
CREATE TRIGGER issued_lock_measure_unit_delete BEFORE DELETE ON measure_unit
WHEN EXISTS (SELECT 1 FROM plan_issue) AND NOT EXISTS (SELECT 1 FROM adjustment WHERE closed_at IS NULL) BEGIN
  SELECT RAISE(ABORT, '${LOCKED}');
END;

CREATE TRIGGER adjustment_log_node_insert AFTER INSERT ON node
WHEN EXISTS (SELECT 1 FROM adjustment WHERE closed_at IS NULL) BEGIN
  INSERT INTO adjustment_change (adjustment_id, node_id, action, before, after)
  SELECT max(id), NEW.id, 'add', NULL, NEW.title FROM adjustment WHERE closed_at IS NULL;
END;
CREATE TRIGGER adjustment_log_node_delete AFTER DELETE ON node
WHEN EXISTS (SELECT 1 FROM adjustment WHERE closed_at IS NULL) BEGIN
  INSERT INTO adjustment_change (adjustment_id, node_id, action, before, after)
  SELECT max(id), OLD.id, 'delete', OLD.title, NULL FROM adjustment WHERE closed_at IS NULL;
END;
CREATE TRIGGER adjustment_log_node_move AFTER UPDATE OF parent_id ON node
WHEN OLD.parent_id IS NOT NEW.parent_id AND EXISTS (SELECT 1 FROM adjustment WHERE closed_at IS NULL) BEGIN
  INSERT INTO adjustment_change (adjustment_id, node_id, action, before, after)
  SELECT max(id), NEW.id, 'move', (SELECT title FROM node WHERE id = OLD.parent_id), (SELECT title FROM node WHERE id = NEW.parent_id)
  FROM adjustment WHERE closed_at IS NULL;
END;
CREATE TRIGGER adjustment_log_node_text AFTER UPDATE OF title ON node
WHEN OLD.title IS NOT NEW.title AND EXISTS (SELECT 1 FROM adjustment WHERE closed_at IS NULL) BEGIN
  INSERT INTO adjustment_change (adjustment_id, node_id, action, before, after)
  SELECT max(id), NEW.id, 'text', OLD.title, NEW.title FROM adjustment WHERE closed_at IS NULL;
END;
CREATE TRIGGER adjustment_log_node_deadline AFTER UPDATE OF deadline ON node
WHEN OLD.deadline IS NOT NEW.deadline AND EXISTS (SELECT 1 FROM adjustment WHERE closed_at IS NULL) BEGIN
  INSERT INTO adjustment_change (adjustment_id, node_id, action, before, after)
  SELECT max(id), NEW.id, 'deadline', OLD.deadline, NEW.deadline FROM adjustment WHERE closed_at IS NULL;
END;
CREATE TRIGGER adjustment_log_unit_insert AFTER INSERT ON measure_unit
WHEN EXISTS (SELECT 1 FROM adjustment WHERE closed_at IS NULL) BEGIN
  INSERT INTO adjustment_change (adjustment_id, node_id, action, before, after)
  SELECT max(id), NEW.measure_id, 'units', NULL, NEW.role || ':' || (SELECT name FROM unit WHERE id = NEW.unit_id) FROM adjustment WHERE closed_at IS NULL;
END;
CREATE TRIGGER adjustment_log_unit_delete AFTER DELETE ON measure_unit
WHEN EXISTS (SELECT 1 FROM adjustment WHERE closed_at IS NULL) BEGIN
  INSERT INTO adjustment_change (adjustment_id, node_id, action, before, after)
  SELECT max(id), OLD.measure_id, 'units', OLD.role || ':' || (SELECT name FROM unit WHERE id = OLD.unit_id), NULL FROM adjustment WHERE closed_at IS NULL;
END;

-- A reporting period named by the drafter ("2024年第一季度") with the dates it covers.
CREATE TABLE report_period (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  due_date TEXT,
  created_at TEXT NOT NULL,
  CHECK (start_date <= end_date)
) STRICT;

-- A progress form a unit sent back. A later return of the same unit for the same period
-- supersedes it (superseded_by); the rows of every return stay as history.
CREATE TABLE progress_file (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  period_id INTEGER NOT NULL REFERENCES report_period(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
  sha256 TEXT NOT NULL,
  name TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('docx', 'xlsx')),
  no_change INTEGER NOT NULL DEFAULT 0 CHECK (no_change IN (0, 1)),
  imported_at TEXT NOT NULL,
  superseded_by INTEGER REFERENCES progress_file(id) ON DELETE SET NULL,
  UNIQUE (period_id, sha256)
) STRICT;
CREATE INDEX progress_file_by_period_unit ON progress_file(period_id, unit_id);

-- One measure's report in a returned file. measure_id is a node id without a foreign key: the
-- report stays when an adjustment deletes the measure. matched_by says how the row found its
-- measure; only rows matched by their id (with agreeing text) are confirmed without the drafter.
CREATE TABLE progress_row (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  file_id INTEGER NOT NULL REFERENCES progress_file(id) ON DELETE CASCADE,
  source_key TEXT NOT NULL,
  measure_id INTEGER,
  status TEXT CHECK (status IN ('done', 'onTrack', 'behind', 'notStarted')),
  progress TEXT NOT NULL DEFAULT '',
  completed_on TEXT NOT NULL DEFAULT '',
  problems TEXT NOT NULL DEFAULT '',
  quote TEXT NOT NULL DEFAULT '',
  matched_by TEXT NOT NULL CHECK (matched_by IN ('id', 'text', 'manual', 'none', 'carried')),
  confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1)),
  UNIQUE (file_id, source_key)
) STRICT;
CREATE INDEX progress_row_by_measure ON progress_row(measure_id);

-- An indicator's value for one month ("2024-03"), from a returned form or typed in (file_id NULL).
-- The newest entry of a month counts; entries of superseded files do not.
CREATE TABLE indicator_actual (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
  month TEXT NOT NULL CHECK (length(month) = 7),
  value REAL NOT NULL,
  file_id INTEGER REFERENCES progress_file(id) ON DELETE CASCADE,
  entered_at TEXT NOT NULL
) STRICT;
CREATE INDEX indicator_actual_by_indicator ON indicator_actual(indicator_id, month);

-- A next-year plan's link to the plan it was made from.
CREATE TABLE prior_plan (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  title TEXT NOT NULL,
  year INTEGER,
  doc_number TEXT NOT NULL DEFAULT '',
  path TEXT NOT NULL DEFAULT '',
  -- last year's issued plan as JSON (the comparison "同时增加了……" is made against it)
  plan_json TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

-- Last year's indicator results as the ledger had them, for the new 起草说明's bound values.
CREATE TABLE prior_actual (
  indicator_id INTEGER PRIMARY KEY REFERENCES indicator(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  value REAL,
  text TEXT NOT NULL DEFAULT ''
) STRICT;

-- node → the node of last year's plan it continues; carry_over marks an unfinished measure
CREATE TABLE node_lineage (
  node_id INTEGER PRIMARY KEY REFERENCES node(id) ON DELETE CASCADE,
  prior_node_id INTEGER NOT NULL,
  carry_over INTEGER NOT NULL DEFAULT 0 CHECK (carry_over IN (0, 1)),
  prior_status TEXT
) STRICT;

CREATE TRIGGER undo_node_lineage_insert AFTER INSERT ON node_lineage WHEN (SELECT recording FROM undo_state WHERE id = 1) BEGIN
  INSERT INTO undo_log (stack, step, row_key, sql)
  SELECT CASE mode WHEN 'undo' THEN 'redo' ELSE 'undo' END, step, NULL, 'DELETE FROM node_lineage WHERE node_id=' || quote(NEW.node_id)
  FROM undo_state WHERE id = 1;
END;
CREATE TRIGGER undo_node_lineage_delete AFTER DELETE ON node_lineage WHEN (SELECT recording FROM undo_state WHERE id = 1) BEGIN
  INSERT INTO undo_log (stack, step, row_key, sql)
  SELECT CASE mode WHEN 'undo' THEN 'redo' ELSE 'undo' END, step, NULL,
    'INSERT INTO node_lineage (node_id, prior_node_id, carry_over, prior_status) VALUES (' || quote(OLD.node_id) || ',' || quote(OLD.prior_node_id) || ',' || quote(OLD.carry_over) || ',' || quote(OLD.prior_status) || ')'
  FROM undo_state WHERE id = 1;
END;
CREATE TRIGGER undo_node_lineage_update AFTER UPDATE ON node_lineage
WHEN (SELECT recording FROM undo_state WHERE id = 1)
 AND (OLD.node_id IS NOT NEW.node_id OR OLD.prior_node_id IS NOT NEW.prior_node_id OR OLD.carry_over IS NOT NEW.carry_over OR OLD.prior_status IS NOT NEW.prior_status)
 AND NOT EXISTS (SELECT 1 FROM undo_log, undo_state s WHERE s.id = 1
   AND undo_log.stack = CASE s.mode WHEN 'undo' THEN 'redo' ELSE 'undo' END AND undo_log.step = s.step
   AND undo_log.row_key = 'node_lineage:' || OLD.node_id) BEGIN
  INSERT INTO undo_log (stack, step, row_key, sql)
  SELECT CASE mode WHEN 'undo' THEN 'redo' ELSE 'undo' END, step, 'node_lineage:' || OLD.node_id,
    'UPDATE node_lineage SET node_id=' || quote(OLD.node_id) || ', prior_node_id=' || quote(OLD.prior_node_id) || ', carry_over=' || quote(OLD.carry_over) || ', prior_status=' || quote(OLD.prior_status) || ' WHERE node_id=' || quote(NEW.node_id)
  FROM undo_state WHERE id = 1;
END;
`,
};
