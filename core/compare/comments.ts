// The consultation comments that explain a change: an edit applied from a comment (table
// comment_edit), a comment on the node that the drafter adopted, or one the drafter linked to
// the change (comment_link: a new measure answering it). Read once per comparison.
import { commentSummary } from '../consult/comment-text.ts';
import type { CommentKind } from '../model/consult-labels.ts';
import { readStoredQuote } from '../consult/stored-quote.ts';
import { hasChangeLinks } from '../consult/change-links.ts';
import type { Db } from '../store/open.ts';
import type { CommentLookup } from './diff.ts';
import type { LinkedComment } from '../model/comparison.ts';

interface Row {
  id: number;
  node_id: number | null;
  unit: string;
  kind: CommentKind;
  quote: string;
  text: string;
  status: LinkedComment['status'];
  before_text: string | null;
}

/** "建议增加“年内建成…”", not the inserted text's raw "，年内建成…" (comment-text.ts). */
const summaryOf = (r: Row) => commentSummary({ kind: r.kind, quote: readStoredQuote(r.kind, r.quote).quote, text: r.text });

export function commentLookup(db: Db): CommentLookup {
  const applied = db
    .prepare(
      `SELECT c.id, e.node_id, u.name AS unit, c.kind, c.quote, c.text, c.status, e.before_text
       FROM comment_edit e JOIN comment c ON c.id = e.comment_id JOIN unit u ON u.id = c.unit_id
       ORDER BY e.id`,
    )
    .all() as Row[];
  const adopted = db
    .prepare(
      `SELECT c.id, c.node_id, u.name AS unit, c.kind, c.quote, c.text, c.status, NULL AS before_text
       FROM comment c JOIN unit u ON u.id = c.unit_id
       WHERE c.node_id IS NOT NULL AND c.status IN ('adopted', 'partlyAdopted')
       ORDER BY c.id`,
    )
    .all() as Row[];
  // changes the drafter linked to the comment they answer (a new measure has no comment on it)
  const linked = hasChangeLinks(db)
    ? (db
        .prepare(
          `SELECT c.id, l.node_id, u.name AS unit, c.kind, c.quote, c.text, c.status, NULL AS before_text
           FROM comment_link l JOIN comment c ON c.id = l.comment_id JOIN unit u ON u.id = c.unit_id
           ORDER BY l.id`,
        )
        .all() as Row[])
    : [];
  if (applied.length === 0 && adopted.length === 0 && linked.length === 0) return () => [];

  const byNode = new Map<number, LinkedComment[]>();
  // A deleted node's edits lose their node id (ON DELETE SET NULL); the text they removed still names it.
  const byRemovedText = new Map<string, LinkedComment[]>();
  const add = <K>(map: Map<K, LinkedComment[]>, key: K, c: LinkedComment) => {
    const list = map.get(key) ?? [];
    if (!list.some((x) => x.id === c.id)) list.push(c);
    map.set(key, list);
  };
  for (const r of applied) {
    const c: LinkedComment = { id: r.id, unit: r.unit, text: summaryOf(r), status: r.status, applied: true };
    if (r.node_id !== null) add(byNode, r.node_id, c);
    else if (r.before_text) add(byRemovedText, r.before_text, c);
  }
  for (const r of adopted) add(byNode, r.node_id!, { id: r.id, unit: r.unit, text: summaryOf(r), status: r.status, applied: false });
  for (const r of linked) add(byNode, r.node_id!, { id: r.id, unit: r.unit, text: summaryOf(r), status: r.status, applied: false });

  return (before, after) => {
    const id = after?.id ?? before?.id ?? null;
    const found = id === null ? [] : (byNode.get(id) ?? []);
    if (after === null && before !== null) return [...found, ...(byRemovedText.get(before.text) ?? []).filter((c) => !found.some((x) => x.id === c.id))];
    return found;
  };
}
