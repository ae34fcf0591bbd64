// The consultation round's vocabulary (DOMAIN.md "Consultation records"): view types and input
// schemas. The labels live in ./labels.ts (no zod), shared with the renderer.
import { z } from 'zod';
import { COMMENT_KINDS, COMMENT_STATUSES, STATUS_LABEL, type UnitSource } from './consult-labels.ts';

/** A returned file larger than this is refused before it is read: no 意见反馈 comes near it. */
export const FEEDBACK_FILE_MAX_BYTES = 20 * 1024 * 1024;

export { COMMENT_KINDS, COMMENT_STATUSES, KIND_LABEL, STATUS_LABEL, type UnitSource } from './consult-labels.ts';

export const CommentKind = z.enum(COMMENT_KINDS);
export type CommentKind = z.infer<typeof CommentKind>;

export const CommentStatus = z.enum(COMMENT_STATUSES);
export type CommentStatus = z.infer<typeof CommentStatus>;

export type CommentAnchor = 'bookmark' | 'text' | 'manual' | 'none';

/** The 处理情况 column of the 意见采纳情况表: the same words as the screen (不采纳, never 未采纳). */
export const STATUS_TABLE_LABEL: Record<CommentStatus, string> = STATUS_LABEL;

/** Where a tracked change sits in the original text: the few characters either side of it. */
export interface ChangeContext {
  before: string;
  after: string;
}

/** Where an item points in the plan: the node and its titles from the part down. */
export interface CommentTarget {
  nodeId: number;
  path: string[];
}

export interface CommentView {
  id: number;
  roundId: number;
  unit: string;
  kind: CommentKind;
  /** The original text the unit refers to (for a deletion: the deleted text). */
  quote: string;
  /** The proposed change: comment text, inserted text, form 修改意见. */
  text: string;
  /** What the unit asked for, as one line to show in lists: "建议增加“年内建成…”" (comment-text.ts). */
  summary: string;
  reason: string;
  /** The 章节/条款 the unit wrote (form rows), '' otherwise. */
  section: string;
  author: string;
  date: string | null;
  status: CommentStatus;
  reply: string;
  anchor: CommentAnchor;
  target: CommentTarget | null;
  /** For a tracked change: the text around it, so it can be applied to the plan. */
  context: ChangeContext | null;
  /** The plan edit that accepting this tracked change made, if any. */
  edit: { before: string; after: string; appliedAt: string } | null;
  fileName: string | null;
}

export interface RoundView {
  id: number;
  name: string;
  sentDate: string | null;
  dueDate: string | null;
  snapshotName: string | null;
  units: string[];
}

export interface UnitProgress {
  unitId: number;
  name: string;
  kind: string;
  contact: string;
  phone: string;
  repliedAt: string | null;
  noObjection: boolean;
  overdue: boolean;
  comments: number;
  byStatus: Record<CommentStatus, number>;
}

export interface ConsultationSummary {
  /** 共征求X个单位意见 */
  asked: number;
  /** 收到Y个单位反馈意见 (units that sent at least one comment) */
  unitsWithComments: number;
  /** 意见Z条 */
  comments: number;
  adopted: number;
  partlyAdopted: number;
  rejected: number;
  pending: number;
  /** N个单位无意见 */
  noObjection: number;
  /** Units asked that have not answered at all. */
  notReplied: number;
  sentence: string;
}

export interface DashboardView {
  round: RoundView;
  units: UnitProgress[];
  summary: ConsultationSummary;
  /** Plan nodes that still have pending comments (for filtering the outline). */
  openNodeIds: number[];
}

export interface ImportedItem {
  id: number;
  kind: CommentKind;
  quote: string;
  text: string;
  /** One line to show: "建议增加“年内建成…”" (CommentView.summary). */
  summary: string;
  author: string;
  target: CommentTarget | null;
}

export interface ImportResult {
  unit: string;
  round: string;
  noObjection: boolean;
  /** True when this very file had been imported before: nothing was added. */
  duplicate: boolean;
  items: ImportedItem[];
}

/** consult.inspectFeedback: the unit a returned file names, read before it is imported. */
export interface FeedbackInspection {
  unit: string | null;
  unitSource: UnitSource | null;
  /** Units to offer: the detected ones, then the round's consulted units, then the rest of the register. */
  candidates: string[];
}

/** Comments still 待处理 (consult.pending): the export dialog warns before writing documents that cite the consultation. */
export interface PendingCount {
  total: number;
  /** Every round, in order, with its pending comments (0 included). */
  rounds: { roundId: number; name: string; pending: number }[];
}

/** "2024-02-20" → "2024年2月20日" (DOMAIN.md: no zero padding). */
export function chineseDate(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return iso ?? '';
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/** Today as "YYYY-MM-DD" in local time (the drafter's calendar, not UTC). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期须写成 2024-02-20 的形式')
  // Date.parse rolls 2024-02-30 over to March: compare the parts instead
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, '日期不存在');
