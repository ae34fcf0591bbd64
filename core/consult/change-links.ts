// A change answering a comment, linked by the drafter (migration 0011): "this new measure is what
// 区水务局's comment asked for". The 修改对照表 and `qicao compare` cite the linked comments
// beside the change (compare/comments.ts). Each link or unlink is one user action (one step).
import { QicaoError } from '../errors.ts';
import { getNodeRow } from '../store/nodes.ts';
import type { Db } from '../store/open.ts';
import { sql } from '../store/statements.ts';
import { commentSummary } from './comment-text.ts';
import { readStoredQuote } from './stored-quote.ts';
import type { CommentKind } from '../model/consult-labels.ts';

export interface ChangeLink {
  commentId: number;
  nodeId: number;
  unit: string;
  /** "建议增加“年内建成…”": what the unit asked for */
  summary: string;
  status: 'pending' | 'adopted' | 'partlyAdopted' | 'rejected';
}

/** A file of a format before 0011 (read without upgrading) has no links. */
export const hasChangeLinks = (db: Db) => sql(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'comment_link'").get() !== undefined;

/** Inside the caller's transaction. */
export function linkChange(db: Db, commentId: number, nodeId: number): void {
  const comment = sql(db, 'SELECT status FROM comment WHERE id = ?').get(commentId) as { status: string } | undefined;
  if (!comment) throw new QicaoError('not-found', `找不到编号为 ${commentId} 的意见，它可能已被删除。`);
  getNodeRow(db, nodeId);
  sql(db, 'INSERT OR IGNORE INTO comment_link (comment_id, node_id, linked_at) VALUES (?, ?, ?)').run(commentId, nodeId, new Date().toISOString());
}

export function unlinkChange(db: Db, commentId: number, nodeId: number): void {
  sql(db, 'DELETE FROM comment_link WHERE comment_id = ? AND node_id = ?').run(commentId, nodeId);
}

export function listChangeLinks(db: Db, filter: { nodeId?: number; commentId?: number } = {}): ChangeLink[] {
  if (!hasChangeLinks(db)) return [];
  const rows = sql(
    db,
    `SELECT l.comment_id AS commentId, l.node_id AS nodeId, u.name AS unit, c.kind, c.quote, c.text, c.status
     FROM comment_link l JOIN comment c ON c.id = l.comment_id JOIN unit u ON u.id = c.unit_id
     WHERE (? IS NULL OR l.node_id = ?) AND (? IS NULL OR l.comment_id = ?)
     ORDER BY l.id`,
  ).all(filter.nodeId ?? null, filter.nodeId ?? null, filter.commentId ?? null, filter.commentId ?? null) as {
    commentId: number;
    nodeId: number;
    unit: string;
    kind: CommentKind;
    quote: string;
    text: string;
    status: ChangeLink['status'];
  }[];
  return rows.map((r) => ({
    commentId: r.commentId,
    nodeId: r.nodeId,
    unit: r.unit,
    status: r.status,
    summary: commentSummary({ kind: r.kind, quote: readStoredQuote(r.kind, r.quote).quote, text: r.text }),
  }));
}
