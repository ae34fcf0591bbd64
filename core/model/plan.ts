// The plan's vocabulary (DOMAIN.md "Names in code"). Pure zod: imported by the renderer too,
// so nothing here may touch Node.
import { z } from 'zod';
import { DEFAULT_LEVEL_SCHEME, type LevelScheme } from './levels.ts';

/** Ids come from SQLite AUTOINCREMENT: positive, never reused, stable across export and return. */
export const NodeId = z.number().int().positive();
export type NodeId = z.infer<typeof NodeId>;

/** 'section': a text section (总体要求, 保障措施 …) in the 一、 sequence of the parts; never counted. */
export const NODE_KINDS = ['part', 'section', 'aspect', 'keyTask', 'measure'] as const;
export const NodeKind = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKind>;

/**
 * The default names (the sample's scheme). What a plan calls its levels comes from its scheme:
 * use levelName(kind, plan.levels) from level-rules.ts for anything a drafter reads.
 */
export const KIND_LABEL: Record<NodeKind, string> = { ...DEFAULT_LEVEL_SCHEME.names, section: '文字章节' };

export const UNIT_KINDS = ['委办局', '镇乡街道', '其他'] as const;
export const UnitKind = z.enum(UNIT_KINDS);

export const Unit = z.object({
  id: NodeId,
  name: z.string().min(1),
  kind: UnitKind,
  contact: z.string(),
  phone: z.string(),
});
export type Unit = z.infer<typeof Unit>;

/** '<=' lower is better (浓度), '>=' higher is better (比率, 减排量), '≈' 左右. */
export const COMPARATORS = ['<=', '>=', '=', '≈'] as const;
export const Comparator = z.enum(COMPARATORS);
export type Comparator = z.infer<typeof Comparator>;

export const Indicator = z.object({
  id: NodeId,
  partId: NodeId,
  name: z.string().min(1),
  unit: z.string(),
  baselineYear: z.number().int().nullable(),
  baselineValue: z.number().nullable(),
  comparator: Comparator,
  target: z.number(),
});
export type Indicator = z.infer<typeof Indicator>;

interface NodeBase {
  id: NodeId;
  title: string;
}
export interface Measure extends NodeBase {
  kind: 'measure';
  leadUnits: string[];
  supportUnits: string[];
  deadline: string;
  indicatorIds: NodeId[];
}
export interface KeyTask extends NodeBase {
  kind: 'keyTask';
  children: Measure[];
}
export interface Aspect extends NodeBase {
  kind: 'aspect';
  children: KeyTask[];
}
export interface Part extends NodeBase {
  kind: 'part';
  goals: string;
  content: string;
  indicators: Indicator[];
  /** aspects in a four-level plan, key tasks in a three-level one: see keyTasksOf() */
  children: Aspect[] | KeyTask[];
}
/** A text section: a title and its text, numbered among the parts, with nothing under it. */
export interface Section extends NodeBase {
  kind: 'section';
  content: string;
  /** its place in the 一、 sequence of parts and sections (0-based) */
  order: number;
}
export type PlanNode = Part | Section | Aspect | KeyTask | Measure;
/** What a 一、 heading can be. */
export type TopNode = Part | Section;

/** What the consultation round came to, as the 起草说明 states it (absent before any round). */
export interface ConsultationFacts {
  /** "2024年2月20日": when the (first) round was sent */
  sentDate: string | null;
  /** "共征求X个单位意见，收到Y个单位反馈意见Z条，其中采纳A条、部分采纳B条、不采纳C条，N个单位无意见。" */
  sentence: string;
  /** How many units were asked (the 起草说明 says "征求了X个相关单位的意见"). */
  asked?: number;
  /** The sentence without its "共征求X个单位意见，" lead: "收到Y个单位反馈意见Z条，……。" */
  replies?: string;
}

export interface Plan {
  title: string;
  year: number | null;
  isSample: boolean;
  /** which levels the plan has and what it calls them */
  levels: LevelScheme;
  units: Unit[];
  /** the counted parts, in order; planBody() puts the sections among them */
  parts: Part[];
  sections: Section[];
  /** Filled by readers that know the consultation records (plan.read, exports); else absent. */
  consultation?: ConsultationFacts | null;
  /** The drafter's line breaks of the title ("…建设|持续…"), for the exported title; else absent. */
  titleBreak?: string;
  /** "区生态环境局": the unit drafting the plan, the exported documents' author; else absent. */
  draftingUnit?: string;
  /** The documents the plan is based on, one per line ("《…》（京政办发〔2024〕4号）"), as the 起草说明 cites them. */
  basis?: string;
  /** "附件2": the 起草说明's attachment label; '' for none. */
  attachmentLabel?: string;
  /** In a plan made from last year's (新建下一年度计划): what was added since, by lineage; else absent. */
  priorAdditions?: string[];
  /** "为……，制定本方案。": the paragraphs under the title, one per line (kept from an imported document). */
  preamble?: string;
}

/** Counts of one part, or of the whole plan. */
export interface Tally {
  aspects: number;
  keyTasks: number;
  measures: number;
}
