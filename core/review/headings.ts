// Heading detection and outline analysis, shared by numbering-sequence, numbering-format and
// the count statements (which need the part name and the 一级 section of each paragraph).
//
// GB/T 9704 levels: "一、" → "（一）" → "1." → "（1）". A heading is a paragraph that starts with
// one of these markers (after optional indentation).
import type { DocText } from './context.ts';
import { chineseNumeral, parseNumber } from './text.ts';
import { attachmentListLines } from '../model/attachment-list.ts';

export type Level = 1 | 2 | 3 | 4;

export interface Heading {
  paragraph: number;
  /** Level implied by the marker's shape. */
  level: Level;
  value: number;
  /** Offset and length of the whole marker ("一、", "（一）", "1.", "（1）"). */
  offset: number;
  length: number;
  marker: string;
  /** Separator after the number for levels 1 and 3 ("、", ".", "．"); "" for bracketed markers. */
  sep: string;
  /** Text after the marker. */
  title: string;
}

export interface OutlineEntry {
  heading: Heading;
  /** Level after analysis: "3、" right after "一、二、" is a level-1 heading written in the wrong style. */
  level: Level;
  /** The number the sequence expected at `level`. */
  expected: number;
  problem: 'skip' | 'start' | 'style' | null;
}

const HEAD = /^[ \u3000\t]*(?:([一二三四五六七八九十百]{1,4})([、.．])|[（(]([一二三四五六七八九十百]{1,4})[）)]|(\d{1,3})([.．、])(?!\d)|[（(](\d{1,3})[）)])/;

const STARTS = new Set('一二三四五六七八九十百（(0123456789');

export function parseHeading(text: string, paragraph: number): Heading | null {
  let k = 0;
  while (text[k] === ' ' || text[k] === '\u3000' || text[k] === '\t') k++;
  if (!STARTS.has(text[k])) return null;
  const m = HEAD.exec(text);
  if (!m) return null;
  const lead = m[0].length - m[0].trimStart().length;
  const marker = m[0].slice(lead);
  let level: Level;
  let raw: string;
  let sep = '';
  if (m[1] !== undefined) [level, raw, sep] = [1, m[1], m[2]];
  else if (m[3] !== undefined) [level, raw] = [2, m[3]];
  else if (m[4] !== undefined) [level, raw, sep] = [3, m[4], m[5]];
  else [level, raw] = [4, m[6]];
  const value = parseNumber(raw);
  if (value === null) return null;
  return { paragraph, level, value, offset: lead, length: marker.length, marker, sep, title: text.slice(m[0].length) };
}

/** The canonical marker of `n` at `level`. */
export function markerFor(level: Level, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

// The heading markers at the start of a line of the joined text: one native pass finds them all.
const HEAD_LINE = new RegExp(`^(?:${HEAD.source.slice(1)})`, 'gm');

/**
 * Walks the headings keeping the last number seen at each level; a heading resets the
 * levels below it (sequences restart under a new parent).
 */
export function analyseOutline(doc: DocText): OutlineEntry[] {
  const { paragraphs } = doc;
  const last = [0, 0, 0, 0, 0];
  // The last number at each level, not reset by a parent: plans that number their items straight
  // through the document (Chaozhou style: 1.–7. across the key tasks) continue it under a new parent.
  const runOn = [0, 0, 0, 0, 0];
  const out: OutlineEntry[] = [];
  // "附件：1.……" and the "2. 2022年……" under it name attachments: no heading numbers
  const attachmentLines = attachmentListLines(paragraphs);
  doc.forEachMatch(HEAD_LINE, (_m, i) => {
    if (attachmentLines.has(i)) return;
    const h = parseHeading(paragraphs[i], i);
    if (!h) return;
    let level = h.level;
    let expected = last[level] + 1;
    let problem: OutlineEntry['problem'] = null;
    // A "1" restarts a list (主要目标：1.…2.… then 主要内容：1.…, or an attachment's own 一、):
    // not a break.
    if (h.value !== expected && h.value !== 1 && !continuesInline(h, previousText(paragraphs, i))) {
      // A marker of the sibling shape that continues that level's sequence: "3、" after
      // "一、二、" is a level-1 heading written with an Arabic numeral; "（三）" among
      // "（1）（2）" a level-4 one written with a Chinese numeral.
      const alt = ALT[level];
      if (last[level] === 0 && level > 1 && runOn[level] > 0 && h.value === runOn[level] + 1) {
        // "3." under a new （二） after "1." "2." under （一）: numbered straight through, not a 一级 "三、"
        expected = h.value;
      } else if ((alt < level || last[alt] > 0) && last[alt] + 1 === h.value) {
        level = alt;
        expected = h.value;
        problem = 'style';
      } else if (last[level] === 0 && level > 1 && h.value === runOn[level] + 1) {
        expected = h.value; // numbered straight through: the first item under a new parent goes on
      } else problem = last[level] === 0 ? 'start' : 'skip';
    }
    out.push({ heading: h, level, expected, problem });
    last[level] = h.value;
    runOn[level] = h.value;
    for (let j = level + 1; j <= 4; j++) last[j] = 0;
  });
  return out;
}

/** The nearest non-blank paragraph before `i` (looks back over at most 20 blank ones). */
function previousText(paragraphs: string[], i: number): string {
  for (let j = i - 1; j >= 0 && j >= i - 21; j--) if (paragraphs[j].trim()) return paragraphs[j];
  return '';
}

/** Same position, other numeral: 一、 ↔ 1. and （一） ↔ （1）. */
const ALT: Record<Level, Level> = { 1: 3, 2: 4, 3: 1, 4: 2 };

// "主要目标为：1.……" then a paragraph "2.……": the first item was written inline, not a skip.
// Runs only for a heading that breaks its sequence; the regexes are cached per number.
const INLINE = new Map<string, RegExp>();
function continuesInline(h: Heading, prevText: string): boolean {
  if (h.level < 3 || h.value < 2) return false;
  const key = `${h.level}:${h.value - 1}`;
  let re = INLINE.get(key);
  if (!re) {
    const n = h.value - 1;
    re = h.level === 3 ? new RegExp(`(?<![\\dA-Za-z.．])${n}[.．、](?!\\d)`) : new RegExp(`[（(]${n}[）)]`);
    INLINE.set(key, re);
  }
  return re.test(prevText);
}
