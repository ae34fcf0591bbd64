// Comments as the drafter works through them: list, resolve (status + reply), link an
// unanchored one to a node, type one in by hand. Each change is one transaction.
import { QicaoError } from '../errors.ts';
import type { Db } from '../store/open.ts';
import { sql } from '../store/statements.ts';
import { commentSummary } from './comment-text.ts';
import { STATUS_LABEL, todayIso, type CommentKind, type CommentStatus, type CommentView } from '../model/consultation.ts';
import { nodeLocator, type NodeLocator } from './node-paths.ts';
import { askUnit, roundForFeedback } from './rounds.ts';
import { readStoredQuote } from './stored-quote.ts';
import { findUnit } from './units.ts';

interface CommentRow {
  id: number;
  round_id: number;
  unit: string;
  kind: CommentKind;
  node_id: number | null;
  anchor: CommentView['anchor'];
  section: string;
  quote: string;
  text: string;
  reason: string;
  author: string;
  date: string | null;
  status: CommentStatus;
  reply: string;
  file_name: string | null;
}

const SELECT = `SELECT c.id, c.round_id, u.name AS unit, c.kind, c.node_id, c.anchor, c.section, c.quote, c.text, c.reason,
  c.author, c.date, c.status, c.reply, f.name AS file_name
  FROM comment c JOIN unit u ON u.id = c.unit_id LEFT JOIN feedback_file f ON f.id = c.file_id`;

function toView(db: Db, row: CommentRow, where: NodeLocator): CommentView {
  const { quote, context } = readStoredQuote(row.kind, row.quote);
  const edit = sql(db, 'SELECT before_text, after_text, applied_at FROM comment_edit WHERE comment_id = ? ORDER BY id DESC LIMIT 1').get(row.id) as
    { before_text: string; after_text: string; applied_at: string } | undefined;
  const path = row.node_id === null ? null : where.path(row.node_id);
  return {
    id: row.id,
    roundId: row.round_id,
    unit: row.unit,
    kind: row.kind,
    quote,
    text: row.text,
    summary: commentSummary({ kind: row.kind, quote, text: row.text }),
    reason: row.reason,
    section: row.section,
    author: row.author,
    date: row.date,
    status: row.status,
    reply: row.reply,
    anchor: row.anchor,
    target: row.node_id !== null && path ? { nodeId: row.node_id, path } : null,
    context,
    edit: edit ? { before: edit.before_text, after: edit.after_text, appliedAt: edit.applied_at } : null,
    fileName: row.file_name,
  };
}

export interface CommentFilter {
  roundId?: number;
  status?: CommentStatus;
  unit?: string;
  nodeId?: number;
  fileId?: number;
}

export function listComments(db: Db, filter: CommentFilter = {}): CommentView[] {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (filter.roundId !== undefined) (where.push('c.round_id = ?'), args.push(filter.roundId));
  if (filter.status !== undefined) (where.push('c.status = ?'), args.push(filter.status));
  if (filter.unit !== undefined) (where.push('u.name = ?'), args.push(filter.unit));
  if (filter.nodeId !== undefined) (where.push('c.node_id = ?'), args.push(filter.nodeId));
  if (filter.fileId !== undefined) (where.push('c.file_id = ?'), args.push(filter.fileId));
  const rows = db.prepare(`${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY c.round_id, c.unit_id, c.id`).all(...args) as CommentRow[];
  const locator = nodeLocator(db);
  return rows.map((r) => toView(db, r, locator));
}

export function getComment(db: Db, id: number): CommentView {
  const row = sql(db, `${SELECT} WHERE c.id = ?`).get(id) as CommentRow | undefined;
  if (!row) throw new QicaoError('not-found', `找不到编号为 ${id} 的意见，它可能已被删除。`);
  return toView(db, row, nodeLocator(db));
}

export function resolveComment(db: Db, id: number, status: CommentStatus, reply: string): CommentView {
  db.transaction(() => {
    const current = getComment(db, id);
    if (status === 'rejected' && reply.trim() === '') {
      throw new QicaoError('bad-input', '不采纳的意见须写明理由（将写入意见采纳情况表的“理由或修改情况”栏），请填写后再保存。');
    }
    if (current.edit && status !== 'adopted' && status !== 'partlyAdopted') {
      throw new QicaoError('bad-input', `这条修订已应用到计划中，不能改为“${STATUS_LABEL[status]}”。如需撤回，请先在计划中改回原文。`);
    }
    sql(db, 'UPDATE comment SET status = ?, reply = ? WHERE id = ?').run(status, reply.trim(), id);
  })();
  return getComment(db, id);
}

/** Links a comment to a node by hand (or unlinks it with null). */
export function linkComment(db: Db, id: number, nodeId: number | null): CommentView {
  db.transaction(() => {
    getComment(db, id);
    if (nodeId !== null && !sql(db, 'SELECT 1 FROM node WHERE id = ?').get(nodeId)) {
      throw new QicaoError('unknown-node', `找不到编号为 ${nodeId} 的节点，请在大纲中重新选择。`);
    }
    sql(db, 'UPDATE comment SET node_id = ?, anchor = ? WHERE id = ?').run(nodeId, nodeId === null ? 'none' : 'manual', id);
  })();
  return getComment(db, id);
}

export interface TypedComment {
  roundId?: number;
  unit: string;
  nodeId?: number | null;
  section?: string;
  quote?: string;
  text: string;
  reason?: string;
}

/** An opinion typed in by hand (from a letter, a phone call, a meeting). */
export function addTypedComment(db: Db, c: TypedComment): CommentView {
  const id = db.transaction(() => {
    if (c.text.trim() === '') throw new QicaoError('bad-input', '请填写意见内容。');
    const unit = findUnit(db, c.unit);
    const roundId = roundForFeedback(db, c.roundId);
    if (c.nodeId != null && !sql(db, 'SELECT 1 FROM node WHERE id = ?').get(c.nodeId)) {
      throw new QicaoError('unknown-node', `找不到编号为 ${c.nodeId} 的节点，请在大纲中重新选择。`);
    }
    askUnit(db, roundId, unit.id);
    const now = new Date().toISOString();
    sql(db, 'UPDATE round_unit SET replied_at = coalesce(replied_at, ?), no_objection = 0 WHERE round_id = ? AND unit_id = ?').run(todayIso(), roundId, unit.id);
    return Number(
      sql(
        db,
        `INSERT INTO comment (round_id, unit_id, file_id, source_key, kind, node_id, anchor, section, quote, text, reason, author, date, created_at)
         VALUES (?, ?, NULL, NULL, 'typed', ?, ?, ?, ?, ?, ?, '', ?, ?)`,
      ).run(
        roundId,
        unit.id,
        c.nodeId ?? null,
        c.nodeId != null ? 'manual' : 'none',
        (c.section ?? '').trim(),
        (c.quote ?? '').trim(),
        c.text.trim(),
        (c.reason ?? '').trim(),
        todayIso(),
        now,
      ).lastInsertRowid,
    );
  })();
  return getComment(db, id);
}

/** Only a typed comment can be deleted: what came in a unit's file stays, so nothing it said is lost. */
export function deleteTypedComment(db: Db, id: number): void {
  db.transaction(() => {
    const c = getComment(db, id);
    if (c.kind !== 'typed') throw new QicaoError('bad-input', '来自反馈文件的意见不能删除（单位说过的话不能丢），可将其标为“不采纳”并写明理由。');
    sql(db, 'DELETE FROM comment WHERE id = ?').run(id);
  })();
}

/** Records (or clears) a unit's 无意见 answer for a round, e.g. after a phone call. */
export function markNoObjection(db: Db, input: { roundId?: number; unit: string; noObjection: boolean }): void {
  db.transaction(() => {
    const unit = findUnit(db, input.unit);
    const roundId = roundForFeedback(db, input.roundId);
    askUnit(db, roundId, unit.id);
    if (input.noObjection) {
      const n = sql(db, 'SELECT count(*) AS n FROM comment WHERE round_id = ? AND unit_id = ?').get(roundId, unit.id) as { n: number };
      if (n.n > 0) throw new QicaoError('bad-input', `“${unit.name}”在本轮已有 ${n.n} 条意见，不能再标记为无意见。`);
      sql(db, 'UPDATE round_unit SET no_objection = 1, replied_at = coalesce(replied_at, ?) WHERE round_id = ? AND unit_id = ?').run(todayIso(), roundId, unit.id);
    } else {
      sql(db, 'UPDATE round_unit SET no_objection = 0 WHERE round_id = ? AND unit_id = ?').run(roundId, unit.id);
    }
  })();
}
