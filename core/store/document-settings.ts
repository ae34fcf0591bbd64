// The drafter's settings for the exported documents (migration 0008): where the plan title
// breaks, the drafting unit, the documents the plan is based on, the 起草说明's 附件 label.
// Absent keys read as '' (nothing set).
import type { Db } from './open.ts';
import { sql } from './statements.ts';

export interface DocumentSettings {
  /** The plan title with "|" where its lines break, e.g. "推进美丽怀柔建设|持续深入打好…"; '' for automatic. */
  titleBreak: string;
  /** "区生态环境局": the documents' author and the unit the 起草说明 speaks for. */
  draftingUnit: string;
  /** The basis documents, one per line: "《推进美丽北京建设 持续深入打好污染防治攻坚战2024年行动计划》（京政办发〔2024〕4号）". */
  basis: string;
  /** "附件2": the label above the 起草说明's title when it goes out as an attachment. */
  attachmentLabel: string;
}

export const DOCUMENT_SETTING_KEYS = ['titleBreak', 'draftingUnit', 'basis', 'attachmentLabel'] as const;

export function readDocumentSettings(db: Db): DocumentSettings {
  const settings: DocumentSettings = { titleBreak: '', draftingUnit: '', basis: '', attachmentLabel: '' };
  // a file opened read-only from before migration 0008 has no table: nothing set
  const exists = sql(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'document_setting'").get();
  if (!exists) return settings;
  for (const row of sql(db, 'SELECT key, value FROM document_setting').all() as { key: string; value: string }[]) {
    if ((DOCUMENT_SETTING_KEYS as readonly string[]).includes(row.key)) settings[row.key as keyof DocumentSettings] = row.value;
  }
  return settings;
}

/** Inside the caller's transaction; an empty value removes the setting. */
export function writeDocumentSettings(db: Db, change: Partial<DocumentSettings>): void {
  for (const key of DOCUMENT_SETTING_KEYS) {
    const value = change[key];
    if (value === undefined) continue;
    if (value.trim() === '') sql(db, 'DELETE FROM document_setting WHERE key = ?').run(key);
    else sql(db, 'INSERT INTO document_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value.trim());
  }
}
