// Importing an uploaded .docx or .txt into a new plan file. The bytes travel as base64 (a large
// plan document is a few MB; the limit here matches the importer's own 64 MB file limit less
// what base64 adds, and the host's body limit decides what actually arrives). Pure.
//
// import.preview reads the document and says how every paragraph or table row was read, without
// writing anything; import.commit writes the plan file the same way, with the drafter's changes
// to the level mapping and to column meanings. import.plan is import.commit without changes.
import { z } from 'zod';
import type { ImportPreview } from '../../documents/import/import-preview.ts';
import { channel } from './define.ts';

export type { ImportPreview } from '../../documents/import/import-preview.ts';
export type { ColumnMeaning, ColumnReading, Level, LevelMapping, LevelRole, ReadRow, RowRole } from '../../documents/import/reading.ts';

export interface ImportView {
  file: string;
  kind: 'plan' | 'table' | 'explanation' | 'unknown';
  title: string;
  counts: {
    parts: { name: string; aspects: number; keyTasks: number; measures: number; sentence: string }[];
    totals: { aspects: number; keyTasks: number; measures: number; sentence: string };
  };
  /** Text that fits nowhere in the plan, quoted verbatim with its paragraph (0-based) and why. */
  leftovers: { paragraph: number; text: string; reason?: string }[];
  /** Decisions for the drafter to review (a made-up "未分方面" …). */
  notes: string[];
}

const LevelRole = z.enum(['part', 'aspect', 'keyTask', 'measure', 'text']);
const ColumnMeaning = z.enum(['index', 'part', 'aspect', 'keyTask', 'measure', 'leadUnits', 'supportUnits', 'deadline', 'indicators', 'other']);

export const ImportOverridesInput = z
  .object({
    levels: z.object({ L1: LevelRole.optional(), L2: LevelRole.optional(), L3: LevelRole.optional(), L4: LevelRole.optional() }).strict().optional(),
    columns: z
      .array(z.object({ table: z.number().int().min(0).max(10_000), column: z.number().int().min(0).max(200), meaning: ColumnMeaning }).strict())
      .max(2000)
      .optional(),
    // the preview's row corrections: a measure row's units, each list as the drafter typed it
    rows: z
      .array(
        z
          .object({
            index: z.number().int().min(0).max(10_000_000),
            leadUnits: z.array(z.string().max(200)).max(100),
            supportUnits: z.array(z.string().max(200)).max(100),
          })
          .strict(),
      )
      .max(20_000)
      .optional(),
  })
  .strict();

const upload = {
  name: z.string().min(1).max(255),
  base64: z.string().min(1).max(30_000_000),
};

export const importChannels = {
  'import.plan': channel<ImportView>()(z.object({ ...upload, targetPath: z.string().min(1).max(4096) }).strict()),
  'import.preview': channel<ImportPreview>()(z.object({ ...upload, overrides: ImportOverridesInput.optional() }).strict()),
  'import.commit': channel<ImportView>()(z.object({ ...upload, targetPath: z.string().min(1).max(4096), overrides: ImportOverridesInput.optional() }).strict()),
  /** A document read from a path on this machine (qicao import): judged by its size before it is read. */
  'import.file': channel<ImportView>()(
    z
      .object({
        path: z.string().trim().min(1, '请给出要导入的文件').max(4096),
        targetPath: z.string().trim().min(1, '请给出要新建的计划文件').max(4096),
        overrides: ImportOverridesInput.optional(),
      })
      .strict(),
  ),
} as const;
