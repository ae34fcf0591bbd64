// Word exports for the UI: the bytes travel as base64; the host saves them (download or dialog).
import { z } from 'zod';
import type { PackageResult, ReviewWarning } from '../../model/review-package.ts';
import { channel } from './define.ts';

export const ExportWhat = z.enum(['plan', 'explanation', 'assignment', 'unit-tasks', 'consultation', 'adoption', 'review']);

const ExportRequest = z
  .object({
    what: ExportWhat,
    unit: z.string().max(200).optional(),
    /** 起草说明: units that never replied are stated as 逾期未反馈，视为无意见. */
    silentAsNoObjection: z.boolean().optional(),
    /** 任务分工表: 'pages' = 按页分段 print layout (page-sized pieces); one continuous table otherwise. */
    taskLayout: z.enum(['continuous', 'pages']).optional(),
  })
  .strict();

/**
 * 导出报审材料: the whole set into one folder. Without `confirmed`, open comments or silent units
 * answer `needs-confirmation` with the list (nothing written), for the window to ask 仍要导出？.
 */
const PackageRequest = z
  .object({
    outDir: z.string().trim().min(1, '请选择存放报审材料的文件夹').max(4096),
    confirmed: z.boolean().optional(),
    overwrite: z.boolean().optional(),
    silentAsNoObjection: z.boolean().optional(),
  })
  .strict();

export const exportChannels = {
  'export.docx': channel<{ fileName: string; base64: string }>()(ExportRequest),
  /** PNG pages (data: URLs) of the first pages, rendered by LibreOffice when it is installed. */
  /** Writes the document into a folder the drafter chose; answers the full path written. */
  'export.save': channel<{ path: string }>()(ExportRequest.extend({ outDir: z.string().trim().min(1, '请选择保存的文件夹').max(4096), overwrite: z.boolean().optional() })),
  'export.preview': channel<{ fileName: string; pages: string[] }>()(ExportRequest.extend({ pages: z.number().int().min(1).max(4).default(2) })),
  'export.package': channel<PackageResult>()(PackageRequest),
  /** What is still open before 报审 (pending comments, silent units); null when nothing. */
  'export.reviewReadiness': channel<ReviewWarning | null>()(z.object({}).strict()),
} as const;
