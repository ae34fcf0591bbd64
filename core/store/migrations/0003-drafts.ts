// Named drafts (snapshots) and the 起草说明 document.
import type { Migration } from './index.ts';

export const migration0003: Migration = {
  version: 3,
  name: 'drafts',
  up: `
-- A snapshot is an immutable copy of the whole plan (and its explanation) as JSON: readable
-- without the live tables, so a later schema can still show an old draft.
CREATE TABLE snapshot (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL DEFAULT 'manual' CHECK (kind IN ('manual', 'round', 'before-restore')),
  created_at TEXT NOT NULL,
  plan_json TEXT NOT NULL,
  explanation_json TEXT
) STRICT;
CREATE TRIGGER snapshot_immutable BEFORE UPDATE OF plan_json, explanation_json ON snapshot BEGIN
  SELECT RAISE(ABORT, 'snapshot is immutable');
END;

-- The 起草说明 as written by the drafter (ExplanationDoc JSON with bound segments);
-- absent until the drafter edits it, then the template is used.
CREATE TABLE explanation (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  doc_json TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`,
};
