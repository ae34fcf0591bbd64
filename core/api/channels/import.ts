// Importing an uploaded .docx or .txt into a new plan file. The bytes travel as base64 (a large
// plan document is a few MB; the limit here matches the importer's own 64 MB file limit less
// what base64 adds, and the host's body limit decides what actually arrives). Pure.
import { z } from 'zod';
import { channel } from './define.ts';

export interface ImportView {
  file: string;
  kind: 'plan' | 'table' | 'explanation' | 'unknown';
  title: string;
  counts: {
    parts: { name: string; aspects: number; keyTasks: number; measures: number; sentence: string }[];
    totals: { aspects: number; keyTasks: number; measures: number; sentence: string };
  };
  /** Text that fits nowhere in the plan, quoted verbatim with its paragraph (0-based). */
  leftovers: { paragraph: number; text: string }[];
  /** Decisions for the drafter to review (a made-up "未分方面" …). */
  notes: string[];
}

export const importChannels = {
  'import.plan': channel<ImportView>()(
    z
      .object({
        name: z.string().min(1).max(255),
        base64: z.string().min(1).max(30_000_000),
        targetPath: z.string().min(1).max(4096),
      })
      .strict(),
  ),
} as const;
