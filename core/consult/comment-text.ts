// How a comment reads in a list, the compare view and the documents: one natural sentence of
// what the unit asked for — "建议增加“年内建成…”", "建议删除“倡导绿色生活方式”" — never the raw
// pieces ("区发展改革委：，年内建成…", "（无意见正文）"). Pure: the renderer may import it.
import { withoutMarker } from '../model/markers.ts';
import type { CommentKind } from '../model/consult-labels.ts';

/** Punctuation that may open or close a cut-out piece of text but reads wrong inside quotes. */
// the lookbehind starts the trailing run only at its first character: linear on a long run of spaces
const EDGE = /^[\s，,、。．.；;：:！!？?）)】」』”’]+|(?<![\s，,、。．.；;：:（(【「『“‘])[\s，,、。．.；;：:（(【「『“‘]+$/g;

let segmenter: Intl.Segmenter | undefined;
/** Word boundaries of a short text (Intl.Segmenter's dictionary words), as offsets. */
function wordEdges(text: string): Set<number> {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const edges = new Set<number>([0, text.length]);
  for (const s of segmenter.segment(text)) edges.add(s.index).add(s.index + s.segment.length);
  return edges;
}

/** A piece of text ready to be quoted: edges cleaned, a long one cut with "…" between words. */
export function quotable(text: string, max = 40): string {
  const edged = text.replace(/\s+/g, ' ').replace(EDGE, '');
  // the numbering a measure's line starts with in the returned file ("（2）", "3.", "一、"), read as everywhere
  const clean = withoutMarker(edged).replace(EDGE, '');
  if (clean.length <= max) return clean;
  const edges = wordEdges(clean.slice(0, max + 1));
  let cut = max;
  while (cut > max / 2 && !edges.has(cut)) cut--;
  return `${clean.slice(0, cut > max / 2 ? cut : max)}…`;
}

/**
 * `piece` widened to whole words of `source`, where it occurs once: a quote cut from a returned
 * file ("材、渣土运输") neither starts nor ends inside a word ("建材、渣土运输"). Only a few
 * characters around it are segmented, so this stays cheap on long measures.
 */
export function wholeWords(piece: string, source: string): string {
  const at = source.indexOf(piece);
  if (piece.trim() === '' || at < 0 || source.indexOf(piece, at + 1) >= 0) return piece;
  const from = Math.max(0, at - 8);
  const to = Math.min(source.length, at + piece.length + 8);
  const edges = wordEdges(source.slice(from, to));
  let start = at - from;
  let end = at + piece.length - from;
  while (start > 0 && !edges.has(start)) start--;
  while (end < to - from && !edges.has(end)) end++;
  return source.slice(from + start, from + end);
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
  if (c.kind === 'deletion') return c.text.trim() !== '' ? `建议将“${quotable(c.quote)}”修改为“${quotable(c.text)}”` : `建议删除“${quotable(c.quote)}”`;
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
