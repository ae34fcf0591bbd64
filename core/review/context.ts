// Per-check shared state. Rules scan the document with forEachMatch: one native regex pass over
// the paragraphs joined into chunks, JavaScript only per match, never per paragraph (see the
// perf note in index.ts).
import { analyseOutline, type OutlineEntry } from './headings.ts';
import { extractIndicators, type IndicatorStatement } from './indicators.ts';
import { indexSeries, type SeriesItem } from './series.ts';
import type { Finding, RuleId } from '../model/findings.ts';

const NONE: SeriesItem[] = [];
// Paragraphs are joined into chunks of about this many characters. One string for a whole
// 250,000-character document would cost more to build than a regex pass over it (a large-object
// allocation); chunks of this size are cheap young-generation strings.
const CHUNK = 16_000;

interface Chunk {
  text: string;
  /** Index of the chunk's first paragraph. */
  first: number;
  /** Offset in `text` where each of the chunk's paragraphs starts. */
  starts: number[];
}

/** What the shared analyses need from the context. */
export interface DocText {
  paragraphs: string[];
  forEachMatch(re: RegExp, fn: (m: RegExpExecArray, paragraph: number, offset: number) => void): void;
}

export class ReviewContext implements DocText {
  private chunkCache?: Chunk[];
  private outlineCache?: OutlineEntry[];
  private seriesCache?: Map<number, SeriesItem[]>;
  private indicatorCache?: IndicatorStatement[];

  constructor(readonly paragraphs: string[]) {}

  /**
   * Runs the global regex `re` over the whole document in one native pass per chunk (no work per
   * paragraph) and calls `fn` for every match with its paragraph and offset in that paragraph.
   * Matches never span paragraphs as long as `re` cannot match "\n".
   */
  forEachMatch(re: RegExp, fn: (m: RegExpExecArray, paragraph: number, offset: number) => void): void {
    if (!re.global) throw new Error(`forEachMatch needs a global regex: ${re}`);
    for (const chunk of (this.chunkCache ??= toChunks(this.paragraphs))) {
      const { text, first, starts } = chunk;
      let k = 0;
      re.lastIndex = 0;
      for (let m; (m = re.exec(text));) {
        if (m[0] === '') re.lastIndex++;
        while (k + 1 < starts.length && starts[k + 1] <= m.index) k++;
        fn(m, first + k, m.index - starts[k]);
      }
    }
  }

  get outline(): OutlineEntry[] {
    return (this.outlineCache ??= analyseOutline(this));
  }

  get indicators(): IndicatorStatement[] {
    return (this.indicatorCache ??= extractIndicators(this));
  }

  /** Paragraphs holding 一是/二是 items, in order, with their items. */
  get seriesByParagraph(): Map<number, SeriesItem[]> {
    return (this.seriesCache ??= indexSeries(this));
  }

  series(paragraph: number): SeriesItem[] {
    return this.seriesByParagraph.get(paragraph) ?? NONE;
  }
}

function toChunks(paragraphs: string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let parts: string[] = [];
  let starts: number[] = [];
  let length = 0;
  let first = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    parts.push(paragraphs[i]);
    starts.push(length);
    length += paragraphs[i].length + 1;
    if (length >= CHUNK || i === paragraphs.length - 1) {
      chunks.push({ text: parts.join('\n'), first, starts });
      [parts, starts, length, first] = [[], [], 0, i + 1];
    }
  }
  return chunks;
}

/** One proofreading rule: one file in rules/. */
export interface Rule {
  id: RuleId;
  check(ctx: ReviewContext): Finding[];
}
