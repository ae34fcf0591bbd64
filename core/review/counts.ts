// The count sentences of an explanation: per part "本部分内容包括六个方面，27项重点任务，66项具体措施"
// and in total "共计92项重点任务、205项具体措施". Aspects are written in Chinese numerals and
// tasks/measures in Arabic ones, but either form is read. The level words are the plan's own
// (a plan that renamed 重点任务 to 主要任务 states "27项主要任务") and the usual variants, in either
// order: "27项重点工作任务", "任务27项", "分解任务66项" (model/level-words.ts).
import { levelWords, type CountField, type LevelWords } from '../model/level-words.ts';
import type { DocText } from './context.ts';
import type { OutlineEntry } from './headings.ts';
import { parseNumber } from './text.ts';

export { COUNT_FIELDS, type CountField } from '../model/level-words.ts';

export interface StatedNumber {
  value: number;
  /** The number as written ("六", "27"). */
  raw: string;
  offset: number;
  length: number;
  /** The number with its level word as written ("27项主要任务", "任务27项"), for messages. */
  written?: string;
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

const CN_NUMERAL = '〇零一二两三四五六七八九十百';
const NUMBER = `[0-9]+|[${CN_NUMERAL}]+`;
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "个方面"/"项主要任务" (the number read backwards from the match) or "任务27项" (the number inside
 * the match): the level word is searched first, a cheap scan, longest words first.
 */
function countPattern(words: LevelWords): { re: RegExp; fieldOf: Map<string, CountField> } {
  const fieldOf = new Map<string, CountField>();
  for (const [f, list] of Object.entries(words.statedWords) as [CountField, string[]][]) for (const w of list) if (!fieldOf.has(w)) fieldOf.set(w, f);
  const alternatives = [...fieldOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  return { re: new RegExp(`[个项](?<after>${alternatives})|(?<before>${alternatives})(?<num>${NUMBER})[个项]`, 'g'), fieldOf };
}
const TOTAL_WORD = /共计|合计|总计|总共|共有|共$/;
const STOP = /[。；！？]/g;

export function parseStatedCounts(doc: DocText, outline: OutlineEntry[], words: LevelWords = levelWords()): Required<StatedCounts> {
  const { re, fieldOf } = countPattern(words);
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

  doc.forEachMatch(re, (m, p, matchAt) => {
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
    const g = m.groups!;
    const raw = g.num ?? numberBefore(text, matchAt);
    if (!raw) return;
    const at = g.num !== undefined ? matchAt + g.before.length : matchAt - raw.length;
    const field = fieldOf.get(g.after ?? g.before)!;
    const written = text.slice(Math.min(at, matchAt), matchAt + m[0].length);
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
    sentence.numbers[field] ??= { value, raw, offset: at, length: raw.length, written };
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
