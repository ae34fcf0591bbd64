// The 起草说明 as data: blocks of text segments, some of which are bound to the plan. A bound
// segment stores what it refers to, never the rendered text, so the count sentences and the
// numbers cannot drift from the plan. Pure zod: the renderer's editor imports this file.
import { z } from 'zod';
import { NodeId } from './plan.ts';

export const PART_COUNT_FIELDS = ['aspects', 'keyTasks', 'measures'] as const;

export const Binding = z.discriminatedUnion('type', [
  /** 《…》 without the brackets. */
  z.object({ type: z.literal('planTitle') }),
  /** "2024". */
  z.object({ type: z.literal('planYear') }),
  /** "五" (or "两"): how many parts, in Chinese numerals, read before a measure word. */
  z.object({ type: z.literal('partsCount') }),
  /** "大气污染防治、水污染防治、…". */
  z.object({ type: z.literal('partNames') }),
  /** "共计92项重点任务、205项具体措施。" */
  z.object({ type: z.literal('totalSentence') }),
  /** "一": the part's position, for "（一）". */
  z.object({ type: z.literal('partOrdinal'), partId: NodeId }),
  z.object({ type: z.literal('partTitle'), partId: NodeId }),
  /** "本部分内容包括六个方面，27项重点任务，66项具体措施。" */
  z.object({ type: z.literal('partSentence'), partId: NodeId }),
  /** One count: aspects in Chinese numerals, key tasks and measures in Arabic (house style). */
  z.object({ type: z.literal('partCount'), partId: NodeId, field: z.enum(PART_COUNT_FIELDS) }),
  z.object({ type: z.literal('partGoals'), partId: NodeId }),
  z.object({ type: z.literal('partContent'), partId: NodeId }),
  z.object({ type: z.literal('indicatorName'), indicatorId: NodeId }),
  /** "28微克/立方米". */
  z.object({ type: z.literal('indicatorTarget'), indicatorId: NodeId }),
  /** "29微克/立方米". */
  z.object({ type: z.literal('indicatorBaseline'), indicatorId: NodeId }),
  /** "2023". */
  z.object({ type: z.literal('indicatorBaselineYear'), indicatorId: NodeId }),
  /** "2024年2月20日": when the consultation round was sent. */
  z.object({ type: z.literal('consultationDate') }),
  /** "共征求X个单位意见，收到Y个单位反馈意见Z条，其中采纳A条……N个单位无意见。" */
  z.object({ type: z.literal('consultationSentence') }),
  /** "5": how many units were asked, for "征求了5个相关单位的意见". */
  z.object({ type: z.literal('consultationAsked') }),
  /** "收到3个单位反馈意见6条，其中采纳2条……。": the sentence without its "共征求" lead. */
  z.object({ type: z.literal('consultationReplies') }),
  /** "区生态环境局" (the plan's drafting unit), "我单位" when none is set. */
  z.object({ type: z.literal('draftingUnit') }),
  /** "《…》（京政办发〔2024〕4号）、《…》": the basis documents the drafter listed; '' when none. */
  z.object({ type: z.literal('basisDocuments') }),
  /** "噪声污染防治、加强接诉即办": what a next-year plan added since last year's ("……" while nothing is). */
  z.object({ type: z.literal('priorAdditions') }),
]);
export type Binding = z.infer<typeof Binding>;
export type BindingType = Binding['type'];

export const Segment = z.union([z.object({ text: z.string() }).strict(), z.object({ bind: Binding }).strict()]);
export type Segment = z.infer<typeof Segment>;

export const BLOCK_STYLES = ['heading1', 'heading2', 'body'] as const;

/** heading1 "一、" 黑体, heading2 "（一）" 楷体, body 仿宋. */
export const Block = z.object({
  style: z.enum(BLOCK_STYLES),
  segments: z.array(Segment),
});
export type Block = z.infer<typeof Block>;

export const ExplanationDoc = z.object({
  title: z.string(),
  blocks: z.array(Block),
});
export type ExplanationDoc = z.infer<typeof ExplanationDoc>;
