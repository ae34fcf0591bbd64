// The plan and its four-level structure, with per-part counts kept by triggers so that a
// recount after one edit touches one row instead of walking the plan.
import type { Migration } from './index.ts';

export const migration0001: Migration = {
  version: 1,
  name: 'plan-structure',
  up: `
CREATE TABLE plan (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  title TEXT NOT NULL,
  year INTEGER,
  is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
  created_at TEXT NOT NULL
) STRICT;

-- AUTOINCREMENT: an id is never handed out twice, even after a delete, because ids travel
-- into exported Word files (bookmarks) and must still mean the same node when they return.
CREATE TABLE node (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (kind IN ('part', 'aspect', 'keyTask', 'measure')),
  parent_id INTEGER REFERENCES node(id) ON DELETE CASCADE,
  -- the part a node belongs to (NULL for a part itself): counts change by delta on this key
  part_id INTEGER,
  position INTEGER NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  goals TEXT,
  content TEXT,
  deadline TEXT,
  CHECK ((kind = 'part') = (parent_id IS NULL)),
  CHECK ((kind = 'part') = (part_id IS NULL))
) STRICT;
CREATE INDEX node_by_parent ON node(parent_id, position);
CREATE INDEX node_by_part ON node(part_id);

CREATE TABLE part_count (
  part_id INTEGER PRIMARY KEY REFERENCES node(id) ON DELETE CASCADE,
  aspects INTEGER NOT NULL DEFAULT 0,
  key_tasks INTEGER NOT NULL DEFAULT 0,
  measures INTEGER NOT NULL DEFAULT 0
) STRICT;

-- The tree's shape is enforced here too, not only in code: a measure hangs under a key task, etc.
CREATE TRIGGER node_parent_kind BEFORE INSERT ON node WHEN NEW.kind <> 'part' BEGIN
  SELECT RAISE(ABORT, 'node parent kind')
  WHERE (SELECT kind FROM node WHERE id = NEW.parent_id) IS NOT
        CASE NEW.kind WHEN 'aspect' THEN 'part' WHEN 'keyTask' THEN 'aspect' ELSE 'keyTask' END;
END;
CREATE TRIGGER node_parent_kind_on_move BEFORE UPDATE OF parent_id ON node WHEN NEW.kind <> 'part' BEGIN
  SELECT RAISE(ABORT, 'node parent kind')
  WHERE (SELECT kind FROM node WHERE id = NEW.parent_id) IS NOT
        CASE NEW.kind WHEN 'aspect' THEN 'part' WHEN 'keyTask' THEN 'aspect' ELSE 'keyTask' END;
END;

CREATE TRIGGER part_count_new_part AFTER INSERT ON node WHEN NEW.kind = 'part' BEGIN
  INSERT INTO part_count (part_id) VALUES (NEW.id);
END;
CREATE TRIGGER part_count_insert AFTER INSERT ON node WHEN NEW.kind <> 'part' BEGIN
  UPDATE part_count SET
    aspects = aspects + (NEW.kind = 'aspect'),
    key_tasks = key_tasks + (NEW.kind = 'keyTask'),
    measures = measures + (NEW.kind = 'measure')
  WHERE part_id = NEW.part_id;
END;
CREATE TRIGGER part_count_delete AFTER DELETE ON node WHEN OLD.kind <> 'part' BEGIN
  UPDATE part_count SET
    aspects = aspects - (OLD.kind = 'aspect'),
    key_tasks = key_tasks - (OLD.kind = 'keyTask'),
    measures = measures - (OLD.kind = 'measure')
  WHERE part_id = OLD.part_id;
END;
CREATE TRIGGER part_count_move AFTER UPDATE OF part_id ON node
WHEN OLD.kind <> 'part' AND OLD.part_id IS NOT NEW.part_id BEGIN
  UPDATE part_count SET
    aspects = aspects - (OLD.kind = 'aspect'),
    key_tasks = key_tasks - (OLD.kind = 'keyTask'),
    measures = measures - (OLD.kind = 'measure')
  WHERE part_id = OLD.part_id;
  UPDATE part_count SET
    aspects = aspects + (NEW.kind = 'aspect'),
    key_tasks = key_tasks + (NEW.kind = 'keyTask'),
    measures = measures + (NEW.kind = 'measure')
  WHERE part_id = NEW.part_id;
END;
`,
};
