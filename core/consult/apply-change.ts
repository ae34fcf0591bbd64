// Accepting a unit's tracked change: the insertion or deletion is made in the node's text, the
// edit is recorded against the comment (the 修改对照表 cites it), and the comment is marked
// 采纳 — all in one transaction and one undo step (migration 0009 logs the comment's status
// with the text). The change is placed by the text around it; when the node's text no longer
// has that text, nothing is changed and the drafter is told to edit by hand.
import { QicaoError } from '../errors.ts';
import type { Db } from '../store/open.ts';
import { sql } from '../store/statements.ts';
import { labelStep } from '../store/undo.ts';
import { getComment } from './comments.ts';
import type { ChangeContext, CommentView } from '../model/consultation.ts';

type Field = 'title' | 'goals' | 'content';

function occurrences(text: string, piece: string): number[] {
  const found: number[] = [];
  if (piece === '') return found;
  for (let i = text.indexOf(piece); i !== -1; i = text.indexOf(piece, i + 1)) found.push(i);
  return found;
}

/**
 * Where the change goes in `text`: exactly between its context when that is still there;
 * otherwise beside whichever side of the context is still there once (an adjacent change
 * accepted first, e.g. the other half of a replacement, has altered the other side). A side is
 * shortened from its far end until it fits once: the context read from a returned file may
 * start with words the node's text does not have (the "（2）" numbering of a measure's line).
 */
export function locateChange(text: string, kind: 'insertion' | 'deletion', changed: string, ctx: ChangeContext): number | null {
  const middle = kind === 'deletion' ? changed : '';
  const exact = occurrences(text, ctx.before + middle + ctx.after);
  if (exact.length === 1) return exact[0] + ctx.before.length;
  if (exact.length > 1) return null;
  // an insertion needs a couple of characters of context to be placed; a deletion has its own text
  const least = middle === '' ? 2 : 0;
  for (let cut = 0; ctx.before !== '' && ctx.before.length - cut >= Math.max(least, 1); cut++) {
    const side = ctx.before.slice(cut);
    const left = occurrences(text, side + middle);
    if (left.length === 1) return left[0] + side.length;
    if (left.length > 1) break;
  }
  for (let keep = ctx.after.length; ctx.after !== '' && keep >= Math.max(least, 1); keep--) {
    const side = ctx.after.slice(0, keep);
    const right = occurrences(text, middle + side);
    if (right.length === 1) return right[0];
    if (right.length > 1) break;
  }
  return null;
}

export function applyToText(text: string, comment: Pick<CommentView, 'kind' | 'text' | 'quote' | 'context'>): string | null {
  if (!comment.context || (comment.kind !== 'insertion' && comment.kind !== 'deletion')) return null;
  const changed = comment.kind === 'insertion' ? comment.text : comment.quote;
  const at = locateChange(text, comment.kind, changed, comment.context);
  if (at === null) return null;
  // a deletion with text is a replacement (intake/docx-items.ts): the new words go where the old were
  return comment.kind === 'insertion' ? text.slice(0, at) + changed + text.slice(at) : text.slice(0, at) + comment.text + text.slice(at + changed.length);
}

function nodeFields(db: Db, nodeId: number): { field: Field; text: string }[] {
  const row = sql(db, 'SELECT kind, title, goals, content FROM node WHERE id = ?').get(nodeId) as
    { kind: string; title: string; goals: string | null; content: string | null } | undefined;
  if (!row) throw new QicaoError('unknown-node', `这条修订关联的节点（编号 ${nodeId}）已被删除，请手工修改后将意见标为采纳。`);
  const fields: { field: Field; text: string }[] = [{ field: 'title', text: row.title }];
  if (row.kind === 'part') fields.push({ field: 'goals', text: row.goals ?? '' }, { field: 'content', text: row.content ?? '' });
  return fields;
}

export function acceptChange(db: Db, commentId: number, reply = ''): CommentView {
  db.transaction(() => {
    const c = getComment(db, commentId);
    if (c.kind !== 'insertion' && c.kind !== 'deletion') {
      throw new QicaoError('bad-input', '只有 Word 修订（插入或删除）可以一键接受；其他意见请修改计划后标为“采纳”。');
    }
    if (c.edit) throw new QicaoError('exists', '这条修订已经接受过，计划中已是修改后的文字。');
    if (!c.target) throw new QicaoError('bad-input', '这条修订还没有关联到计划中的节点，请先在“关联节点”中选择它所修改的措施。');
    if (!c.context) throw new QicaoError('bad-input', '这条修订缺少上下文，无法自动定位，请手工修改后标为采纳。');
    const nodeId = c.target.nodeId;
    // one undo step: the text, the edit record and the comment's 采纳 go back (and come back) together
    labelStep(db, '接受修订', { focus: { nodeId } });
    for (const { field, text } of nodeFields(db, nodeId)) {
      const after = applyToText(text, c);
      if (after === null) continue;
      sql(db, `UPDATE node SET ${field} = ? WHERE id = ?`).run(after, nodeId);
      sql(db, 'INSERT INTO comment_edit (comment_id, node_id, before_text, after_text, applied_at) VALUES (?, ?, ?, ?, ?)').run(
        commentId,
        nodeId,
        text,
        after,
        new Date().toISOString(),
      );
      sql(db, "UPDATE comment SET status = 'adopted', reply = ? WHERE id = ?").run(reply.trim() || '已按修订修改。', commentId);
      return;
    }
    const where = c.context.before + (c.kind === 'deletion' ? c.quote : '') + c.context.after;
    throw new QicaoError(
      'bad-input',
      `计划中“${c.target.path[c.target.path.length - 1]?.slice(0, 20) ?? ''}…”的文字已不再包含修订所在的原文“${where}”，未作修改。请手工修改该节点后，将这条意见标为“采纳”。`,
    );
  })();
  return getComment(db, commentId);
}
