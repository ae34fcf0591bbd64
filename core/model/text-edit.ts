// One edit of one text field of the plan, as a reviewed list shows it (where, before → after)
// and as the store applies it. Rolling a plan forward and find-and-replace both produce these
// lists; the drafter ticks rows, and the ticked rows are applied as one step. Pure zod.
import { z } from 'zod';
import { NodeId } from './plan.ts';

export const TextTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('planTitle') }).strict(),
  z.object({ kind: z.literal('planYear') }).strict(),
  /** a part's, aspect's, key task's or section's title, or a measure's text */
  z.object({ kind: z.literal('nodeTitle'), nodeId: NodeId }).strict(),
  z.object({ kind: z.literal('deadline'), nodeId: NodeId }).strict(),
  z.object({ kind: z.literal('goals'), nodeId: NodeId }).strict(),
  z.object({ kind: z.literal('content'), nodeId: NodeId }).strict(),
  z.object({ kind: z.literal('explanationTitle') }).strict(),
  /** one literal segment of the 起草说明 (bound segments follow the plan by themselves) */
  z.object({ kind: z.literal('explanationText'), block: z.number().int().min(0), segment: z.number().int().min(0) }).strict(),
]);
export type TextTarget = z.infer<typeof TextTarget>;

export const TextEdit = z
  .object({
    target: TextTarget,
    /** the field's whole text as the list showed it: the edit is refused when it changed since */
    before: z.string().max(20000),
    after: z.string().max(20000),
  })
  .strict();
export type TextEdit = z.infer<typeof TextEdit>;

export interface TextEditRow extends TextEdit {
  /** stable within one list: "nodeTitle:12", "explanationText:3:1" */
  key: string;
  /** "大气污染防治 › 具体措施“加快推进…” · 完成时限", in Chinese */
  where: string;
  /** the changed span(s) only, for a compact list: "2024年底前 → 2025年底前" */
  excerptBefore: string;
  excerptAfter: string;
}

export interface TextEditList {
  rows: TextEditRow[];
  /** hits beyond the ones listed (find-and-replace caps the list) */
  more: number;
}

export function targetKey(t: TextTarget): string {
  switch (t.kind) {
    case 'nodeTitle':
    case 'deadline':
    case 'goals':
    case 'content':
      return `${t.kind}:${t.nodeId}`;
    case 'explanationText':
      return `${t.kind}:${t.block}:${t.segment}`;
    default:
      return t.kind;
  }
}

/** The changed middle of a text with a little context each side, for the list's before → after. */
export function changedExcerpts(before: string, after: string, context = 8): { before: string; after: string } {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const from = Math.max(0, head - context);
  const cut = (s: string) => {
    const to = Math.min(s.length, s.length - tail + context);
    return (from > 0 ? '…' : '') + s.slice(from, to) + (to < s.length ? '…' : '');
  };
  return { before: cut(before), after: cut(after) };
}
