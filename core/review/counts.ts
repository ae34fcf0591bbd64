// The count sentences of an explanation: per part "本部分内容包括六个方面，27项重点任务，66项具体措施"
// and in total "共计92项重点任务、205项具体措施". Aspects are written in Chinese numerals and
// tasks/measures in Arabic ones, but either form is read.
import type { DocText } from './context.ts';
import type { OutlineEntry } from './headings.ts';
import { parseNumber } from './text.ts';

export type CountField = 'aspects' | 'keyTasks' | 'measures';
export const COUNT_FIELDS: CountField[] = ['aspects', 'keyTasks', 'measures'];
export const FIELD_LABEL: Record<CountField, string> = { aspects: '个方面', keyTasks: '项重点任务', measures: '项具体措施' };

export interface StatedNumber {
  value: number;
  /** The number as written ("六", "27"). */
  raw: string;
  offset: number;
  length: number;
}

interface StatedBase {
  aspects: number | null;
  keyTasks: number | null;
  measures: number | null;
  paragraph: number;
  /** Offset of the sentence stating the counts. */
  offset: number;
  /** Where each stated number is, to point at it and to rewrite it. */
  numbers?: Partial<Record<CountField, StatedNumber>>;
  /** The paragraph text around the numbers (8 characters beyond each end), for excerpts. */
  context?: { offset: number; text: string };
  /** Index of the 一级 section ("一、" … ) holding the statement; 0 before the first. */
  section?: number;
}
export interface StatedPart extends StatedBase {
  name: string;
}
export type StatedTotals = StatedBase;

export interface StatedCounts {
  parts: StatedPart[];
  /** The first totals statement. */
  totals: StatedTotals | null;
  /** Every totals statement, in order (the first is `totals`). */
  allTotals?: StatedTotals[];
}

// The keyword is searched first (a cheap literal scan), then the number is read backwards.
const COUNT = /个方面|项重点任务|项具体措施/g;
const CN_NUMERAL = '〇零一二两三四五六七八九十百';
const FIELD_OF: Record<string, CountField> = { 个方面: 'aspects', 项重点任务: 'keyTasks', 项具体措施: 'measures' };
const TOTAL_WORD = /共计|合计|总计|总共|共有|共$/;
const STOP = /[。；！？]/g;

export function parseStatedCounts(doc: DocText, outline: OutlineEntry[]): Required<StatedCounts> {
  const parts: StatedPart[] = [];
  const allTotals: StatedTotals[] = [];
  let o = 0; // next outline entry
  let section = 0;
  let lastTitle = '';
  // State of the paragraph being read.
  let paragraph = -1;
  let text = '';
  let isHeading = false;
  let start = 0; // start of the current sentence
  let nextStop = -1;
  let sentence: Sentence | null = null;

  const flush = () => {
    if (!sentence) return;
    const s = sentence;
    sentence = null;
    const spans = Object.values(s.numbers) as StatedNumber[];
    const first = Math.min(...spans.map((n) => n.offset));
    const head = text.slice(s.start, first);
    const kind = head.includes('本部分') ? 'part' : TOTAL_WORD.test(head) ? 'totals' : isHeading ? 'part' : null;
    if (!kind) return;
    const lo = Math.max(0, first - 8);
    const hi = Math.min(text.length, Math.max(...spans.map((n) => n.offset + n.length)) + 8);
    const base: StatedBase = {
      aspects: s.numbers.aspects?.value ?? null,
      keyTasks: s.numbers.keyTasks?.value ?? null,
      measures: s.numbers.measures?.value ?? null,
      paragraph,
      offset: s.start,
      numbers: s.numbers,
      context: { offset: lo, text: text.slice(lo, hi) },
      section,
    };
    if (kind === 'part') parts.push({ name: lastTitle, ...base });
    else allTotals.push(base);
  };

  doc.forEachMatch(COUNT, (m, p, end) => {
    if (p !== paragraph) {
      flush();
      [paragraph, text, isHeading, start] = [p, doc.paragraphs[p], false, 0];
      while (o < outline.length && outline[o].heading.paragraph <= p) {
        const e = outline[o++];
        if (e.level === 1) section++;
        lastTitle = partName(e.heading.title);
        isHeading = e.heading.paragraph === p;
      }
      STOP.lastIndex = 0;
      nextStop = STOP.exec(text)?.index ?? -1;
    }
    const raw = numberBefore(text, end);
    if (!raw) return;
    const at = end - raw.length;
    while (nextStop >= 0 && nextStop < at) {
      start = nextStop + 1;
      STOP.lastIndex = start;
      nextStop = STOP.exec(text)?.index ?? -1;
    }
    const value = parseNumber(raw);
    if (value === null) return;
    const sentenceStart = start + leadingSpace(text, start);
    if (sentence && sentence.start !== sentenceStart) flush();
    sentence ??= { start: sentenceStart, numbers: {} };
    sentence.numbers[FIELD_OF[m[0]]] ??= { value, raw, offset: at, length: raw.length };
  });
  flush();
  return { parts, totals: allTotals[0] ?? null, allTotals };
}

interface Sentence {
  start: number;
  numbers: Partial<Record<CountField, StatedNumber>>;
}

/** The run of Arabic digits, or of Chinese numerals, ending at `end`. */
function numberBefore(text: string, end: number): string {
  let s = end;
  const c = text.charCodeAt(end - 1);
  if (c >= 48 && c <= 57) while (s > 0 && text.charCodeAt(s - 1) >= 48 && text.charCodeAt(s - 1) <= 57) s--;
  else while (s > 0 && CN_NUMERAL.includes(text[s - 1])) s--;
  return text.slice(s, end);
}

function leadingSpace(text: string, start: number): number {
  let k = 0;
  while (text[start + k] === ' ' || text[start + k] === '\u3000') k++;
  return k;
}

/** "大气污染防治：本部分内容包括…" → "大气污染防治". */
function partName(title: string): string {
  const m = /^[^：:，,。；（(\s]+/.exec(title.trim());
  return m ? m[0] : '';
}
