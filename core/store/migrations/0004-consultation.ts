// The consultation round (征求意见): rounds, the units asked, files received, comments.
import type { Migration } from './index.ts';

export const migration0004: Migration = {
  version: 4,
  name: 'consultation',
  up: `
CREATE TABLE round (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  sent_date TEXT,
  due_date TEXT,
  snapshot_id INTEGER REFERENCES snapshot(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE round_unit (
  round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
  replied_at TEXT,
  no_objection INTEGER NOT NULL DEFAULT 0 CHECK (no_objection IN (0, 1)),
  PRIMARY KEY (round_id, unit_id)
) STRICT;

-- Every file a unit sent back, by content hash: the same file imported twice adds nothing.
CREATE TABLE feedback_file (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
  sha256 TEXT NOT NULL,
  name TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('docx', 'xlsx', 'text')),
  imported_at TEXT NOT NULL,
  UNIQUE (round_id, sha256)
) STRICT;

CREATE TABLE comment (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
  file_id INTEGER REFERENCES feedback_file(id) ON DELETE CASCADE,
  -- where in its file the item came from ('comment:3', 'ins:12', 'row:4'); NULL when typed
  source_key TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('comment', 'insertion', 'deletion', 'form-row', 'typed')),
  node_id INTEGER REFERENCES node(id) ON DELETE SET NULL,
  anchor TEXT NOT NULL DEFAULT 'none' CHECK (anchor IN ('bookmark', 'text', 'manual', 'none')),
  section TEXT NOT NULL DEFAULT '',
  quote TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL DEFAULT '',
  date TEXT,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'adopted', 'partlyAdopted', 'rejected')),
  reply TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  UNIQUE (file_id, source_key)
) STRICT;
CREATE INDEX comment_by_node ON comment(node_id);
CREATE INDEX comment_by_round_unit ON comment(round_id, unit_id);

-- An edit of the plan made because of a comment (e.g. an accepted tracked change):
-- the 修改对照表 cites the comment as the source of the change.
CREATE TABLE comment_edit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  comment_id INTEGER NOT NULL REFERENCES comment(id) ON DELETE CASCADE,
  node_id INTEGER REFERENCES node(id) ON DELETE SET NULL,
  before_text TEXT NOT NULL,
  after_text TEXT NOT NULL,
  applied_at TEXT NOT NULL
) STRICT;
CREATE INDEX comment_edit_by_node ON comment_edit(node_id);
`,
};
