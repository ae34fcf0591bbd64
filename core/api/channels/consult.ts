// Channels of the consultation round (征求意见): rounds, the per-unit dashboard, intake of
// returned files, resolving comments, the 意见采纳情况表. Pure (see ../contract.ts).
import { z } from 'zod';
import { NodeId } from '../../model/plan.ts';
import {
  CommentStatus,
  IsoDate,
  type CommentView,
  type ConsultationSummary,
  type DashboardView,
  type FeedbackInspection,
  type ImportResult,
  type PendingCount,
  type RoundView,
} from '../../model/consultation.ts';
import { channel, empty } from './define.ts';

export type { CommentView, ConsultationSummary, DashboardView, ImportResult, RoundView, UnitProgress } from '../../model/consultation.ts';
export type { FeedbackInspection, PendingCount } from '../../model/consultation.ts';

const UnitName = z.string().trim().min(1, '请选择单位').max(200);
const Folder = z.string().trim().min(1, '请填写文件夹路径').max(4096);
const LongText = z.string().max(20_000);
/** Upload channels may carry up to UPLOAD_BODY_LIMIT (contract.ts): about 30 MB of file as base64. */
const Base64File = z
  .string()
  .min(1, '文件是空的')
  .max(40_000_000, '文件过大（超过 30 MB），请用命令行 qicao feedback 导入')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容须为 base64 编码');

const FileName = z.string().trim().min(1).max(255);

export interface SentRoundView {
  round: RoundView;
  files: string[];
}

export const consultChannels = {
  'consult.rounds': channel<RoundView[]>()(empty),
  'consult.sendRound': channel<SentRoundView>()(
    z
      .object({
        name: z.string().trim().min(1, '请填写轮次名称').max(100),
        sentDate: IsoDate.optional(),
        dueDate: IsoDate.optional(),
        units: z.array(UnitName).min(1, '请至少选择一个单位').max(500),
        outDir: Folder,
        /** Replace files already in the folder (the drafter was asked after a 文件已存在 refusal). */
        overwrite: z.boolean().optional(),
      })
      .strict(),
  ),
  'consult.exportPackage': channel<{ files: string[] }>()(z.object({ roundId: NodeId, outDir: Folder, overwrite: z.boolean().optional() }).strict()),
  'consult.dashboard': channel<DashboardView | null>()(z.object({ roundId: NodeId.optional() }).strict()),
  'consult.summary': channel<ConsultationSummary>()(z.object({ roundId: NodeId.optional() }).strict()),
  'consult.comments': channel<CommentView[]>()(
    z.object({ roundId: NodeId.optional(), status: CommentStatus.optional(), nodeId: NodeId.optional(), unit: UnitName.optional() }).strict(),
  ),
  'consult.importFeedback': channel<ImportResult>()(z.object({ roundId: NodeId.optional(), unit: UnitName, fileName: FileName, base64: Base64File }).strict()),
  /** The unit a returned file names (反馈单位, 落款, file name, comment authors), before importing it. */
  'consult.inspectFeedback': channel<FeedbackInspection>()(z.object({ roundId: NodeId.optional(), fileName: FileName, base64: Base64File }).strict()),
  'consult.pending': channel<PendingCount>()(empty),
  'consult.updateRound': channel<RoundView>()(
    z
      .object({
        id: NodeId,
        name: z.string().trim().min(1, '请填写轮次名称').max(100).optional(),
        sentDate: IsoDate.nullable().optional(),
        dueDate: IsoDate.nullable().optional(),
      })
      .strict(),
  ),
  'consult.addComment': channel<CommentView>()(
    z
      .object({
        roundId: NodeId.optional(),
        unit: UnitName,
        nodeId: NodeId.nullable().optional(),
        section: z.string().max(200).optional(),
        quote: LongText.optional(),
        text: LongText.refine((t) => t.trim() !== '', '请填写意见内容'),
        reason: LongText.optional(),
      })
      .strict(),
  ),
  'consult.deleteComment': channel<{ ok: true }>()(z.object({ id: NodeId }).strict()),
  'consult.resolve': channel<CommentView>()(z.object({ id: NodeId, status: CommentStatus, reply: LongText.default('') }).strict()),
  'consult.acceptChange': channel<CommentView>()(z.object({ id: NodeId, reply: LongText.default('') }).strict()),
  'consult.link': channel<CommentView>()(z.object({ id: NodeId, nodeId: NodeId.nullable() }).strict()),
  'consult.noObjection': channel<{ ok: true }>()(z.object({ roundId: NodeId.optional(), unit: UnitName, noObjection: z.boolean() }).strict()),
  'consult.exportAdoptionTable': channel<{ path: string }>()(
    z.object({ roundId: NodeId.optional(), path: z.string().trim().min(1).max(4096), overwrite: z.boolean().optional() }).strict(),
  ),
} as const;
