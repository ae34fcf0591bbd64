// Where in a node's text a comment points: the span the unit quoted (or, for an insertion, the
// spot between the words around it), so the review view can mark it. Pure: no React.
import type { CommentView } from '../../../core/api/contract.ts';

export type Piece = { text: string; mark?: 'quote' | 'delete' } | { insert: string };

/** The text cut into pieces with the comment's span marked; the whole text when it is not found. */
export function markComment(text: string, c: CommentView | null): Piece[] {
  if (!c || !text) return [{ text }];
  if (c.kind === 'insertion' && c.context && c.edit) {
    // accepted: the inserted words are in the text now; mark them where they went in
    const i = text.indexOf(c.context.before + c.text + c.context.after);
    const at = i >= 0 ? i + c.context.before.length : text.indexOf(c.text);
    if (at < 0 || !c.text) return [{ text }];
    return [{ text: text.slice(0, at) }, { text: c.text, mark: 'quote' }, { text: text.slice(at + c.text.length) }];
  }
  if (c.kind === 'insertion' && c.context) {
    const at = findJoin(text, c.context.before, c.context.after);
    if (at < 0) return [{ text }];
    return [{ text: text.slice(0, at) }, { insert: c.text }, { text: text.slice(at) }];
  }
  const quote = c.quote.trim();
  if (!quote) return [{ text }];
  let at = -1;
  // prefer the occurrence with the same words around it (a short quote may appear twice)
  if (c.context) {
    const i = text.indexOf(c.context.before + quote + c.context.after);
    if (i >= 0) at = i + c.context.before.length;
  }
  if (at < 0) at = text.indexOf(quote);
  if (at < 0) return [{ text }];
  return [{ text: text.slice(0, at) }, { text: quote, mark: c.kind === 'deletion' ? 'delete' : 'quote' }, { text: text.slice(at + quote.length) }];
}

function findJoin(text: string, before: string, after: string): number {
  const both = text.indexOf(before + after);
  if (both >= 0) return both + before.length;
  if (before) {
    const b = text.indexOf(before);
    if (b >= 0) return b + before.length;
  }
  if (after) return text.indexOf(after);
  return -1;
}

/** Which of a node's texts holds the quote: the title first, then a part's 主要目标 / 主要内容. */
export function fieldHolding(fields: { key: string; text: string }[], c: CommentView | null): string | null {
  if (!c) return null;
  const probe = c.kind === 'insertion' ? (c.context ? c.context.before + c.context.after : '') : c.context ? c.context.before + c.quote + c.context.after : c.quote;
  const whole = fields.find((f) => probe && f.text.includes(probe));
  if (whole) return whole.key;
  const part = fields.find((f) => c.quote && f.text.includes(c.quote.trim()));
  return part?.key ?? fields[0]?.key ?? null;
}
