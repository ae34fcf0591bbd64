// Channels of the editor window: undo/redo, the measure text, parts' prose and indicators,
// the unit list, the 起草说明 document, search, comment markers and files.
// Pure (see ../contract.ts): the renderer imports this file, including checkDeadline.
import { z } from 'zod';
import { ExplanationDoc } from '../../model/explanation.ts';
import { Comparator, NodeId } from '../../model/plan.ts';
import { channel, empty } from './define.ts';
import type { HistoryState, Focus, SearchHit } from '../../model/views.ts';

export type { Focus, HistoryState, SearchHit } from '../../model/views.ts';

export interface HistoryReply {
  /** the step undone or redone; null when there was nothing to do */
  step: { label: string; focus: Focus } | null;
  history: HistoryState;
}
export interface RecentFile {
  path: string;
  title: string;
  openedAt: string;
  /** false when the file is no longer where it was */
  exists: boolean;
}
/** A file dialog's answer. native=false: no native dialog here, the page shows its own. */
export interface ChosenFile {
  native: boolean;
  path: string | null;
}

/**
 * 完成时限 a drafter writes: "2024年底前", "2024年6月底前", "2024年6月30日前", "长期坚持",
 * "持续推进", "2024年上半年", a date ("2024-06-30", "2024年6月30日"), or several of these joined
 * by "，" or "、" ("2024年底前，长期坚持"). Returns a Chinese hint when the text is none of them.
 */
export function checkDeadline(text: string): string | null {
  const value = text.trim();
  if (!value) return null;
  const month = '(?:1[0-2]|[1-9])';
  const day = '(?:3[01]|[12]\\d|[1-9])';
  const forms = [
    new RegExp(`^\\d{4}年底前$`),
    new RegExp(`^\\d{4}年${month}月底前$`),
    new RegExp(`^\\d{4}年${month}月${day}日前$`),
    new RegExp(`^\\d{4}年${month}月${day}日$`),
    new RegExp(`^\\d{4}年(?:上半年|下半年|第[一二三四]季度)(?:前|内|底前)?$`),
    /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/,
    /^(?:长期坚持|持续推进|每年|按年度)$/,
  ];
  const pieces = value.split(/[，、,]/).map((p) => p.trim());
  const bad = pieces.find((p) => !forms.some((f) => f.test(p)));
  if (bad === undefined) return null;
  return `“${bad}”不是可识别的完成时限，请写成如“2024年底前”“2024年6月底前”“2024年6月30日前”“长期坚持”或日期“2024-06-30”。`;
}

const Text = z.string().max(20000);
const FilePath = z.string().min(1).max(4096);
const IndicatorFields = z.object({
  name: z.string().trim().min(1, '指标名称不能为空').max(200),
  unit: z.string().max(50),
  baselineYear: z.number().int().min(1949).max(2100).nullable(),
  baselineValue: z.number().finite().nullable(),
  comparator: Comparator,
  target: z.number().finite(),
});

export const editorChannels = {
  'history.state': channel<HistoryState>()(empty),
  'history.undo': channel<HistoryReply>()(empty),
  'history.redo': channel<HistoryReply>()(empty),

  /** The measure text while typing: successive saves within a few seconds are one undo step. */
  'measure.setText': channel<{ ok: true }>()(z.object({ id: NodeId, text: Text }).strict()),
  'measure.setDeadline': channel<{ ok: true }>()(
    z
      .object({ id: NodeId, deadline: z.string().max(100) })
      .strict()
      .refine((v) => checkDeadline(v.deadline) === null, { message: '完成时限无法识别，请写成如“2024年底前”或“长期坚持”', path: ['deadline'] }),
  ),
  'part.update': channel<{ ok: true }>()(z.object({ id: NodeId, goals: Text.optional(), content: Text.optional() }).strict()),
  'plan.update': channel<{ ok: true }>()(
    z
      .object({
        title: z.string().trim().min(1, '计划名称不能为空').max(300).optional(),
        year: z.number().int().min(1949).max(2100).nullable().optional(),
        /** the title with "|" where its exported lines break; '' for automatic */
        titleBreak: z.string().max(400).optional(),
        /** the unit drafting the plan: the exported documents' author */
        draftingUnit: z.string().max(100).optional(),
      })
      .strict(),
  ),
  /** The exported documents' settings: the title's line breaks ("…建设|持续…") and the drafting unit. */
  'plan.documentSettings': channel<{ titleBreak: string; draftingUnit: string; basis: string; attachmentLabel: string }>()(empty),
  'plan.setDocumentSettings': channel<{ ok: true }>()(
    z
      .object({
        titleBreak: z.string().max(400).optional(),
        draftingUnit: z.string().max(100).optional(),
        basis: z.string().max(4000).optional(),
        attachmentLabel: z.string().max(20).optional(),
      })
      .strict(),
  ),

  'indicator.add': channel<{ id: number }>()(
    z
      .object({ partId: NodeId, index: z.number().int().min(0).optional() })
      .extend(IndicatorFields.shape)
      .strict(),
  ),
  'indicator.update': channel<{ ok: true }>()(z.object({ id: NodeId }).extend(IndicatorFields.partial().shape).strict()),
  'indicator.delete': channel<{ ok: true }>()(z.object({ id: NodeId }).strict()),
  'indicator.move': channel<{ ok: true }>()(z.object({ id: NodeId, index: z.number().int().min(0) }).strict()),

  'explanation.get': channel<{ doc: ExplanationDoc; stored: boolean }>()(empty),
  'explanation.save': channel<{ ok: true }>()(z.object({ doc: ExplanationDoc }).strict()),
  'explanation.reset': channel<{ ok: true }>()(empty),

  'search.run': channel<{ hits: SearchHit[]; total: number }>()(z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(1000).optional() }).strict()),
  /** Nodes with comments still 待处理, for the outline's marker and filter. */
  'comments.pendingNodes': channel<number[]>()(empty),

  'file.recent': channel<RecentFile[]>()(empty),
  'file.forgetRecent': channel<{ ok: true }>()(z.object({ path: FilePath }).strict()),
  /** Writes a consistent copy of the open plan; the open plan stays the one being edited. */
  'file.saveCopy': channel<{ path: string }>()(z.object({ path: FilePath }).strict()),
  /** Native dialogs in Electron; the HTTP host answers native=false and the page asks itself. */
  'file.chooseOpen': channel<ChosenFile>()(empty),
  'file.chooseSave': channel<ChosenFile>()(z.object({ purpose: z.enum(['create', 'copy']), suggestedName: z.string().max(255) }).strict()),
} as const;
