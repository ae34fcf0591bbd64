// The plan's vocabulary (DOMAIN.md "Names in code"). Pure zod: imported by the renderer too,
// so nothing here may touch Node.
import { z } from 'zod';

/** Ids come from SQLite AUTOINCREMENT: positive, never reused, stable across export and return. */
export const NodeId = z.number().int().positive();
export type NodeId = z.infer<typeof NodeId>;

export const NODE_KINDS = ['part', 'aspect', 'keyTask', 'measure'] as const;
export const NodeKind = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKind>;

/** The kind a node of each kind must hang under; a part hangs under the plan itself. */
export const PARENT_KIND: Record<NodeKind, NodeKind | null> = {
  part: null,
  aspect: 'part',
  keyTask: 'aspect',
  measure: 'keyTask',
};

export const KIND_LABEL: Record<NodeKind, string> = {
  part: '部分',
  aspect: '方面',
  keyTask: '重点任务',
  measure: '具体措施',
};

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
  children: Aspect[];
}
export type PlanNode = Part | Aspect | KeyTask | Measure;

/** What the consultation round came to, as the 起草说明 states it (absent before any round). */
export interface ConsultationFacts {
  /** "2024年2月20日": when the (first) round was sent */
  sentDate: string | null;
  /** "共征求X个单位意见，收到Y个单位反馈意见Z条，其中采纳A条、部分采纳B条、未采纳C条，N个单位无意见。" */
  sentence: string;
}

export interface Plan {
  title: string;
  year: number | null;
  isSample: boolean;
  units: Unit[];
  parts: Part[];
  /** Filled by readers that know the consultation records (plan.read, exports); else absent. */
  consultation?: ConsultationFacts | null;
}

/** Counts of one part, or of the whole plan. */
export interface Tally {
  aspects: number;
  keyTasks: number;
  measures: number;
}
