// The plan's preamble ("为……，制定本方案。"): the paragraphs between the title and the first
// heading, which import keeps and the plan export prints under the title (issue 22). One row.
//
// Literal SQL only (a shipped migration never changes its result, so it calls no shared helper).
// Not logged for undo: it is written once, when a plan is made from a document.
import type { Migration } from './index.ts';

export const migration0012: Migration = {
  version: 12,
  name: 'plan-preamble',
  up: `
CREATE TABLE plan_preamble (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  text TEXT NOT NULL
) STRICT;
`,
};
