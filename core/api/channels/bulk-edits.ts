// Channels of the edits that change many fields at once and are reviewed row by row first:
// 改为下一年度 (roll a plan forward) and 查找替换. Each pair: a list to review, then the kept
// rows applied as one step. Pure (see ../contract.ts).
import { z } from 'zod';
import { TextEdit, type TextEditList } from '../../model/text-edit.ts';
import { channel } from './define.ts';

export type { TextEditList, TextEditRow, TextEdit, TextTarget } from '../../model/text-edit.ts';

const Year = z.number().int().min(1949).max(2100);
const Edits = z.array(TextEdit).max(20000);

export const bulkEditChannels = {
  /** Every year that moves when the plan becomes `to`'s (default: the next year), as rows to review. */
  'plan.rollForwardList': channel<TextEditList & { from: number; to: number }>()(z.object({ to: Year.optional() }).strict()),
  'plan.rollForwardApply': channel<{ applied: number }>()(z.object({ edits: Edits }).strict()),
  'text.findReplaceList': channel<TextEditList & { hits: number }>()(z.object({ find: z.string().min(1, '请输入要查找的文字').max(200), replace: z.string().max(200) }).strict()),
  'text.replaceApply': channel<{ applied: number }>()(z.object({ edits: Edits, label: z.string().max(100).optional() }).strict()),
} as const;
