// Word exports for the UI: the bytes travel as base64; the host saves them (download or dialog).
import { z } from 'zod';
import { channel } from './define.ts';

export const ExportWhat = z.enum(['plan', 'explanation', 'assignment', 'unit-tasks', 'consultation', 'adoption']);

const ExportRequest = z.object({ what: ExportWhat, unit: z.string().max(200).optional() }).strict();

export const exportChannels = {
  'export.docx': channel<{ fileName: string; base64: string }>()(ExportRequest),
  /** PNG pages (data: URLs) of the first pages, rendered by LibreOffice when it is installed. */
  /** Writes the document into a folder the drafter chose; answers the full path written. */
  'export.save': channel<{ path: string }>()(ExportRequest.extend({ outDir: z.string().trim().min(1, '请选择保存的文件夹').max(4096), overwrite: z.boolean().optional() })),
  'export.preview': channel<{ fileName: string; pages: string[] }>()(ExportRequest.extend({ pages: z.number().int().min(1).max(4).default(2) })),
} as const;
