// The 一是…二是…三是… items of a paragraph. An item marker counts only at the start of the
// paragraph or right after punctuation, so "统一是" and "之一是" are not items.
import type { DocText } from './context.ts';
import { smallChineseNumber } from './text.ts';

export interface SeriesItem {
  n: number;
  /** Offset and length of "二是". */
  offset: number;
  length: number;
  /** The run of punctuation right before the marker (the separator), or null at paragraph start. */
  sep: { offset: number; text: string } | null;
}

const SEP_CHARS = '。；，：、！？;,:.';

const ITEM = /[一二三四五六七八九十]{1,3}是/g;

/** All items of the document, by paragraph (offsets relative to the paragraph). One regex pass. */
export function indexSeries(doc: DocText): Map<number, SeriesItem[]> {
  const byParagraph = new Map<number, SeriesItem[]>();
  doc.forEachMatch(ITEM, (m, p, at) => {
    const item = itemAt(doc.paragraphs[p], at, m[0].length);
    if (!item) return;
    const list = byParagraph.get(p);
    if (list) list.push(item);
    else byParagraph.set(p, [item]);
  });
  return byParagraph;
}

function itemAt(text: string, at: number, length: number): SeriesItem | null {
  const before = at > 0 ? text[at - 1] : '';
  if (before && !SEP_CHARS.includes(before) && before !== ' ' && before !== '\u3000') return null;
  const n = smallChineseNumber(text.slice(at, at + length - 1));
  if (n === null) return null;
  let s = at;
  while (s > 0 && SEP_CHARS.includes(text[s - 1])) s--;
  return { n, offset: at, length, sep: s < at ? { offset: s, text: text.slice(s, at) } : null };
}

/**
 * Items grouped into series: "一是" starts a new series. Returns for each series the items
 * and the separator used by most single-mark separators (null when there is none).
 */
export function seriesGroups(items: SeriesItem[]): SeriesItem[][] {
  const groups: SeriesItem[][] = [];
  for (const it of items) {
    if (it.n === 1 || groups.length === 0) groups.push([it]);
    else groups[groups.length - 1].push(it);
  }
  return groups;
}

export interface SeparatorVote {
  mark: string | null;
  /** True when `mark` is used by more than half of the voting items. */
  clear: boolean;
}

/** The separator the series mostly uses; runs like "；。" do not vote. */
export function majoritySeparator(group: SeriesItem[]): SeparatorVote {
  const counts = new Map<string, number>();
  let voters = 0;
  for (const it of group.slice(1)) {
    if (it.sep && it.sep.text.length === 1) {
      counts.set(it.sep.text, (counts.get(it.sep.text) ?? 0) + 1);
      voters++;
    }
  }
  let mark: string | null = null;
  let best = 0;
  for (const [k, c] of counts) if (c > best) [mark, best] = [k, c]; // ties: first seen wins
  return { mark, clear: best * 2 > voters };
}
