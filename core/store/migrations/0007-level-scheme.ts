// Plans of three or four levels, and text sections. Real district plans are often
// 一、→（一）→1. with no 方面 level; and 总体要求/保障措施 are text in the 一、 sequence, not parts
// with zero counts. Existing plans keep four levels and the default names.
import type { Migration } from './index.ts';
import { LOGGED_TABLES, undoTriggers } from './0006-undo-log.ts';

const NODE = LOGGED_TABLES.find((t) => t.name === 'node')!;

/** The parent kind a node must have under the plan's scheme (NULL: no parent fits). */
const EXPECTED_PARENT = `CASE NEW.kind
    WHEN 'aspect' THEN CASE WHEN (SELECT aspects FROM level_scheme WHERE id = 1) = 1 THEN 'part' END
    WHEN 'keyTask' THEN CASE WHEN (SELECT aspects FROM level_scheme WHERE id = 1) = 1 THEN 'aspect' ELSE 'part' END
    ELSE 'keyTask' END`;
/** A text section is a top-level row too, but nothing hangs under it. */
const PARENT_CHECK = `SELECT RAISE(ABORT, 'node parent kind')
  WHERE (SELECT kind FROM node WHERE id = NEW.parent_id AND section = 0) IS NOT ${EXPECTED_PARENT};`;

export const migration0007: Migration = {
  version: 7,
  name: 'level-scheme',
  up: `
CREATE TABLE level_scheme (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  aspects INTEGER NOT NULL DEFAULT 1 CHECK (aspects IN (0, 1)),
  part_name TEXT NOT NULL DEFAULT '部分',
  aspect_name TEXT NOT NULL DEFAULT '方面',
  key_task_name TEXT NOT NULL DEFAULT '重点任务',
  measure_name TEXT NOT NULL DEFAULT '具体措施'
) STRICT;
INSERT INTO level_scheme (id) VALUES (1);

-- A text section is stored as a top-level row marked section = 1: node's CHECKs tie the top
-- level to kind 'part', and SQLite cannot change a CHECK without rebuilding the table that
-- every other table references. Readers give such rows the kind 'section'.
ALTER TABLE node ADD COLUMN section INTEGER NOT NULL DEFAULT 0 CHECK (section IN (0, 1));

DROP TRIGGER node_parent_kind;
DROP TRIGGER node_parent_kind_on_move;
CREATE TRIGGER node_parent_kind BEFORE INSERT ON node WHEN NEW.kind <> 'part' BEGIN
  ${PARENT_CHECK}
END;
CREATE TRIGGER node_parent_kind_on_move BEFORE UPDATE OF parent_id ON node WHEN NEW.kind <> 'part' BEGIN
  ${PARENT_CHECK}
END;

-- sections are never counted: no part_count row
DROP TRIGGER part_count_new_part;
CREATE TRIGGER part_count_new_part AFTER INSERT ON node WHEN NEW.kind = 'part' AND NEW.section = 0 BEGIN
  INSERT INTO part_count (part_id) VALUES (NEW.id);
END;

-- undo must restore the new column, and a change of the scheme is a step like any other
DROP TRIGGER undo_node_insert;
DROP TRIGGER undo_node_delete;
DROP TRIGGER undo_node_update;
${undoTriggers({ ...NODE, columns: [...NODE.columns, 'section'] })}
${undoTriggers({ name: 'level_scheme', key: ['id'], columns: ['aspects', 'part_name', 'aspect_name', 'key_task_name', 'measure_name'] })}
`,
};
