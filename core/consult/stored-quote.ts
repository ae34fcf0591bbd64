// A tracked change keeps the text around it in the comment's quote column, with "‸" (the
// proofreader's caret) marking where it goes: "加强扬尘‸管控" for an insertion, and
// "落实‸部分‸措施" for a deletion (the middle is the deleted text). Readable in the file as it is,
// and enough to find the spot again when the drafter accepts the change.
import type { ChangeContext, CommentKind } from '../model/consultation.ts';

const MARK = '‸';

export function storedQuote(kind: CommentKind, quote: string, context: ChangeContext | null): string {
  const clean = (s: string) => s.replaceAll(MARK, '');
  if (kind === 'insertion' && context) return `${clean(context.before)}${MARK}${clean(context.after)}`;
  if (kind === 'deletion' && context) return `${clean(context.before)}${MARK}${clean(quote)}${MARK}${clean(context.after)}`;
  return quote;
}

/** The quote a person reads (a deletion's deleted text; the words around an insertion) and the change's context. */
export function readStoredQuote(kind: CommentKind, stored: string): { quote: string; context: ChangeContext | null } {
  const parts = stored.split(MARK);
  if (kind === 'insertion' && parts.length === 2) return { quote: parts[0] + parts[1], context: { before: parts[0], after: parts[1] } };
  if (kind === 'deletion' && parts.length === 3) return { quote: parts[1], context: { before: parts[0], after: parts[2] } };
  return { quote: stored, context: null };
}
