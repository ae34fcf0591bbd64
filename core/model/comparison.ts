// What a comparison of two drafts says, as data. Pure types: the renderer's compare view, the
// CLI's JSON and the 修改对照表 all read this one shape.
import type { NodeKind, Tally } from './plan.ts';

/** One piece of a word-level diff: kept, added in the newer draft, or removed from the older. */
export interface InlineOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export const FIELD_NAMES = ['title', 'leadUnits', 'supportUnits', 'deadline', 'indicators', 'goals', 'content'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export const FIELD_LABEL: Record<FieldName, string> = {
  title: '内容',
  leadUnits: '牵头单位',
  supportUnits: '配合单位',
  deadline: '完成时限',
  indicators: '关联指标',
  goals: '主要目标',
  content: '主要内容',
};

/** A field other than the node's own text that differs; lists (units, indicators) stay lists. */
export interface FieldChange {
  field: Exclude<FieldName, 'title'>;
  before: string | string[];
  after: string | string[];
  /** word-level diff, for the long text fields (goals, content) */
  inline?: InlineOp[];
}

/** A comment from the consultation linked to a changed node (the reason for the change). */
export interface LinkedComment {
  id: number;
  unit: string;
  text: string;
  status: 'pending' | 'adopted' | 'partlyAdopted' | 'rejected';
  /** true when the comment was applied to this node as an edit (table comment_edit) */
  applied: boolean;
}

interface EntryBase {
  /** identifies the node within this comparison (the same in `outline`) */
  key: string;
  /** the plan's node id, when both drafts come from the same plan file */
  id: number | null;
  kind: NodeKind;
  /** titles from the part down to this node itself (a measure's title is its text) */
  path: string[];
  text: string;
  /** the 公文 number of the node in its draft, e.g. "（2）" */
  number: string;
  comments: LinkedComment[];
}

/** A node in the newer draft only; its descendants come along in `subtree`, not as entries of their own. */
export interface AddedEntry extends EntryBase {
  subtree: SubtreeLine[];
}
export type RemovedEntry = AddedEntry;

export interface SubtreeLine {
  kind: NodeKind;
  text: string;
  /** 1 = a child of the entry's node */
  depth: number;
  number: string;
}

/** The same node under another parent. `from` and `to` are its whole paths in the older and newer draft. */
export interface MovedEntry extends EntryBase {
  from: string[];
  to: string[];
  numberBefore: string;
}

export interface ChangedEntry extends EntryBase {
  before: string;
  after: string;
  /** word-level operations of the text; empty when only fields changed */
  inline: InlineOp[];
  fields: FieldChange[];
}

export interface PartTally extends Tally {
  /** the part's key in `outline`, so before and after can be paired */
  key: string;
  title: string;
}
export interface DraftCounts {
  parts: PartTally[];
  totals: Tally;
}

/** One node of the merged outline the compare view walks: the newer draft with the older one's leftovers in place. */
export interface CompareNode {
  key: string;
  id: number | null;
  kind: NodeKind;
  /** both drafts; only the newer; only the older; a placeholder where a moved node used to be */
  presence: 'both' | 'added' | 'removed' | 'movedAway';
  before: string | null;
  after: string | null;
  numberBefore: string | null;
  numberAfter: string | null;
  move?: { from: string[]; to: string[] };
  inline?: InlineOp[];
  fields?: FieldChange[];
  comments?: LinkedComment[];
  /** this node or one below it differs: what "只看修改" keeps */
  hasChanges: boolean;
  children: CompareNode[];
}

export interface DraftLabel {
  name: string;
  /** snapshot | current | document */
  source: 'snapshot' | 'current' | 'document';
}

export interface Comparison {
  from: DraftLabel;
  to: DraftLabel;
  /** how nodes were paired: by node id (drafts of one plan) or by similarity (documents) */
  matchedBy: 'id' | 'similarity';
  added: AddedEntry[];
  removed: RemovedEntry[];
  moved: MovedEntry[];
  changed: ChangedEntry[];
  counts: { before: DraftCounts; after: DraftCounts };
  outline: CompareNode[];
}

/** A snapshot as the drafts list shows it (same shape as the store's SnapshotInfo). */
export interface DraftInfo {
  id: number;
  name: string;
  kind: 'manual' | 'round' | 'before-restore';
  createdAt: string;
}

export const DRAFT_KIND_LABEL: Record<DraftInfo['kind'], string> = {
  manual: '手动保存',
  round: '征求意见时自动保存',
  'before-restore': '恢复前自动保存',
};

export function hasAnyChange(c: Pick<Comparison, 'added' | 'removed' | 'moved' | 'changed'>): boolean {
  return c.added.length + c.removed.length + c.moved.length + c.changed.length > 0;
}
