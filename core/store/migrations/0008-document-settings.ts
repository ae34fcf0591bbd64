// What the exported documents take from the drafter besides the plan: where the title breaks
// ("推进美丽怀柔建设|持续深入打好…"), the drafting unit (the documents' author, and the unit
// the 起草说明 speaks for), the documents the plan is based on (《…》（京政办发〔2024〕4号）, one
// per line) and the 起草说明's 附件 label. Key/value: one row per setting set.
import type { Migration } from './index.ts';
import { undoTriggers } from './0006-undo-log.ts';

export const migration0008: Migration = {
  version: 8,
  name: 'document-settings',
  up: `
CREATE TABLE document_setting (
  key TEXT PRIMARY KEY CHECK (key IN ('titleBreak', 'draftingUnit', 'basis', 'attachmentLabel')),
  value TEXT NOT NULL
) STRICT;
${undoTriggers({ name: 'document_setting', key: ['key'], columns: ['value'] })}
`,
};
