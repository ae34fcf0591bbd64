// Review findings a drafter dismissed, with the reason, so they stay dismissed.
import type { Migration } from './index.ts';

export const migration0005: Migration = {
  version: 5,
  name: 'review',
  up: `
CREATE TABLE finding_dismissal (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  rule TEXT NOT NULL,
  -- the finding's excerpt: the same text flagged again stays dismissed, other text does not
  excerpt TEXT NOT NULL,
  reason TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (rule, excerpt)
) STRICT;
`,
};
