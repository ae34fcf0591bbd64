// Channels of named drafts (snapshots) and their comparison. Pure (see ../contract.ts).
import { z } from 'zod';
import type { Comparison, DraftInfo } from '../../model/comparison.ts';
import { channel, empty } from './define.ts';

/** A draft to compare: a snapshot by id or by its name (the CLI's 稿件名), or the plan as it is now. */
export const DraftRefInput = z.union([
  z.object({ snapshotId: z.number().int().positive() }).strict(),
  z.object({ snapshotName: z.string().trim().min(1, '请给出稿件名称').max(200) }).strict(),
  z.object({ current: z.literal(true) }).strict(),
]);
export type DraftRefInput = z.infer<typeof DraftRefInput>;

const Pair = z.object({ from: DraftRefInput, to: DraftRefInput }).strict();
const DraftSourceText = z.string().trim().min(1, '请给出要比较的稿件').max(4096);

export const draftsChannels = {
  'drafts.list': channel<DraftInfo[]>()(empty),
  'drafts.take': channel<DraftInfo>()(z.object({ name: z.string().min(1).max(200) }).strict()),
  /** Makes the snapshot the current draft; `backup` holds the draft it replaced (restore it to undo). */
  'drafts.restore': channel<{ restored: DraftInfo; backup: DraftInfo }>()(z.object({ id: z.number().int().positive() }).strict()),
  'drafts.compare': channel<Comparison>()(Pair),
  /**
   * Two drafts named as on the command line (`计划.qicao#稿件名`, `计划.qicao` for its current draft,
   * or a .docx/.txt document), compared without opening either plan in the session (qicao compare).
   */
  'drafts.compareFiles': channel<Comparison>()(z.object({ from: DraftSourceText, to: DraftSourceText }).strict()),
  /** The 修改对照表 as .docx bytes in base64. */
  'drafts.exportComparison': channel<{ fileName: string; base64: string }>()(Pair),
  /** The 修改对照表 written into a folder the drafter chose; answers the full path written. */
  'drafts.saveComparison': channel<{ path: string }>()(Pair.extend({ outDir: z.string().trim().min(1, '请选择保存的文件夹').max(4096), overwrite: z.boolean().optional() })),
} as const;
