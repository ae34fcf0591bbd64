// Shapes of what the store reads and the contract returns (outline rows, one node's fields,
// undo history, search hits, a folder listing). Here, not in the contract, so the store and the
// folder reader name them without importing the api layer; the channels re-export them.
import type { NodeKind } from './plan.ts';

export interface OutlineNode {
  id: number;
  kind: NodeKind;
  title: string;
  children: OutlineNode[];
  /** children left out of a shallow outline (plan.outline with measures: false): how many */
  more?: number;
}

export interface NodeDetail {
  id: number;
  kind: NodeKind;
  title: string;
  parentId: number | null;
  goals?: string;
  content?: string;
  leadUnits?: string[];
  supportUnits?: string[];
  deadline?: string;
  indicatorIds?: number[];
}

export type Focus = { nodeId: number } | { explanation: true } | null;

export interface HistoryState {
  /** label of the step Ctrl+Z would undo, e.g. "修改措施内容" */
  undo: string | null;
  redo: string | null;
}

export interface SearchHit {
  target: 'title' | 'goals' | 'content' | 'explanation';
  nodeId: number | null;
  kind: 'part' | 'section' | 'aspect' | 'keyTask' | 'measure' | null;
  where: string;
  blockIndex?: number;
  before: string;
  match: string;
  after: string;
}

export interface FolderListing {
  /** the folder listed, absolute */
  path: string;
  /** its parent, null at a root */
  parent: string | null;
  /** names of the sub-folders (hidden ones left out), sorted */
  folders: string[];
  /** places to start from: the plan's folder, the home folder, the drives/root */
  places: { label: string; path: string }[];
}
