// How a comment reads in a list, the compare view and the documents: one natural sentence of
// what the unit asked for — "建议增加“年内建成…”", "建议删除“倡导绿色生活方式”" — never the raw
// pieces ("区发展改革委：，年内建成…", "（无意见正文）"). Pure: the renderer may import it.
import type { CommentKind } from '../model/consult-labels.ts';

/** Punctuation that may open or close a cut-out piece of text but reads wrong inside quotes. */
// the lookbehind starts the trailing run only at its first character: linear on a long run of spaces
const EDGE = /^[\s，,、。．.；;：:！!？?）)】」』”’]+|(?<![\s，,、。．.；;：:（(【「『“‘])[\s，,、。．.；;：:（(【「『“‘]+$/g;
/** The numbering a measure's line starts with in the returned file: "（2）", "3.", "一、". */
const NUMBERING = /^(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|[一二三四五六七八九十]+、)/;

/** A piece of text ready to be quoted: edges cleaned, a long one cut with "…". */
export function quotable(text: string, max = 40): string {
  const clean = text.replace(/\s+/g, ' ').replace(EDGE, '').replace(NUMBERING, '').replace(EDGE, '');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

export interface CommentWords {
  kind: CommentKind;
  /** the text the unit refers to (a deletion's deleted text) */
  quote: string;
  /** the comment's body, the inserted text, the form's 修改意见 */
  text: string;
}

/** One line: what the unit asked for. */
export function commentSummary(c: CommentWords): string {
  if (c.kind === 'insertion') return `建议增加“${quotable(c.text)}”`;
  if (c.kind === 'deletion') return `建议删除“${quotable(c.quote)}”`;
  const body = c.text.trim().replace(/^[，,、。；;：:\s]+/, '');
  if (body !== '') return body;
  const quote = quotable(c.quote);
  if (quote === '') return '（未写意见内容）';
  return c.kind === 'comment' ? `在“${quote}”处加了批注，未写意见内容` : `对“${quote}”提出意见，未写具体内容`;
}

/**
 * The few characters kept before a tracked change ("电桩200个") widened to whole words from
 * the text they were cut from ("建设充电桩200个"): back to the clause's start, at most `max`.
 */
export function widenBefore(before: string, source: string, max = 20): string {
  const at = source.indexOf(before);
  if (before === '' || at < 0 || source.indexOf(before, at + 1) >= 0) return before;
  let start = at;
  while (start > 0 && at + before.length - start < max && !/[，。；：、,;:\n]/.test(source[start - 1])) start--;
  return source.slice(start, at + before.length);
}
