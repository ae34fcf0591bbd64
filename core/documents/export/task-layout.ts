// How a 任务分工表 is laid out on paper: column widths chosen from the text each column holds,
// and where its pages break, so merged 方面/重点任务 cells can be repeated with "（续）".
//
// Why estimate pages at all: a .docx does not know its page breaks (Word, WPS and LibreOffice
// each lay it out), and a merged cell that runs over a page shows its text on the first page
// only, leaving the next page's rows without their 方面 and 重点任务. Table cells are set with an
// exact line height (style.ts TABLE_LINE) and 3号-free CJK text is fixed-pitch, so a row's height
// is the number of lines its fullest cell wraps to — which can be computed here, in twips. The
// table is cut where a page fills (with a safety margin for line-breaking rules and Latin text),
// each piece is its own table with the repeated header, an explicit page break between them,
// and the piece that continues a 方面 or 重点任务 repeats its title with "（续）". If a renderer
// still lays a page out longer than estimated, the only effect is a row moving to the next page
// (the margin makes that rare); no text is lost and nothing is printed twice but the titles.
import { MARGIN, PAGE, TABLE_CELL_MARGIN, TABLE_LINE_EXACT as TABLE_LINE, TABLE_TEXT_TWIPS } from './style.ts';
import type { Orientation } from './section.ts';

/**
 * A cell's text in table characters: ASCII letters and digits about ½, everything else 1 — the
 * CJK fonts set symbols such as ≥, ·, ℃ full width too.
 */
export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += ch.codePointAt(0)! < 0x80 ? 0.55 : 1;
  return units;
}

const PADDING_X = TABLE_CELL_MARGIN.left + TABLE_CELL_MARGIN.right;
const PADDING_Y = TABLE_CELL_MARGIN.top + TABLE_CELL_MARGIN.bottom;
/** A row's borders (½ pt each) and rounding. */
const ROW_EXTRA = 20;

/** Characters that fit on one line of a cell `width` twips wide. */
export function charsPerLine(width: number): number {
  return Math.max(1, Math.floor((width - PADDING_X) / TABLE_TEXT_TWIPS));
}

/** What may not be split across lines: a run of Latin letters and digits with its signs ("COD", "≥630", "PM2.5"). */
const GLUED = /[A-Za-z0-9.%/≥≤+\-—~～·×]+/y;
/** Marks a line may not begin with (they stay with what comes before) or end with (they go with what follows). */
const NO_LINE_START = '，。、；：！？）》”’」』】〕…—%％';
const NO_LINE_END = '（《“‘「『【〔';

/** The pieces line breaking moves whole: CJK characters one by one, Latin runs together, marks with their neighbour. */
function wrapPieces(text: string): string[] {
  const pieces: string[] = [];
  let i = 0;
  let glueNext = false;
  while (i < text.length) {
    GLUED.lastIndex = i;
    const run = GLUED.exec(text);
    const piece = run ? run[0] : String.fromCodePoint(text.codePointAt(i)!);
    i += piece.length;
    const last = pieces.length - 1;
    if (last >= 0 && (glueNext || NO_LINE_START.includes(piece[0]))) pieces[last] += piece;
    else pieces.push(piece);
    glueNext = NO_LINE_END.includes(piece[piece.length - 1]);
  }
  return pieces;
}

/**
 * Lines a text wraps to in a cell, as word processors fill lines: pieces that do not fit go to
 * the next line whole ("COD减排量" / "≥630吨；…"), a piece longer than a line is cut.
 */
export function wrappedLines(text: string, width: number): number {
  const capacity = charsPerLine(width);
  let lines = 1;
  let used = 0;
  for (const piece of wrapPieces(text)) {
    const units = textUnits(piece);
    if (used + units <= capacity + 1e-9) {
      used += units;
    } else if (units <= capacity) {
      lines += 1;
      used = units;
    } else {
      // too long for any line: it fills this one and runs on
      const total = used + units;
      lines += Math.ceil(total / capacity - 1e-9) - 1;
      used = total - (Math.ceil(total / capacity - 1e-9) - 1) * capacity;
    }
  }
  return lines;
}

export const rowHeight = (lines: number): number => lines * TABLE_LINE + PADDING_Y + ROW_EXTRA;

/** The text block's width and height on a page of this orientation, in twips. */
export function textBlock(orientation: Orientation): { width: number; height: number } {
  const [w, h] = orientation === 'landscape' ? [PAGE.height, PAGE.width] : [PAGE.width, PAGE.height];
  return { width: w - MARGIN.left - MARGIN.right, height: h - MARGIN.top - MARGIN.bottom };
}

/** One column for the layout: its cells' text sizes, and for a merged column the spans. */
export interface LayoutColumn {
  /** text units of each row's cell (for a merged column, the span's text on its first row, 0 elsewhere) */
  units: number[];
  /** the cells' text, for wrapping it line by line (same rows as units) */
  texts: string[];
  /** width the column must have at least (its header on one line, 2024年底前 whole) */
  min: number;
  /** merged columns: [first row, row after the last) of each span */
  spans?: [number, number][];
}

/**
 * Row heights (in lines) for given widths: each row as tall as its fullest plain cell, then
 * a merged cell whose text needs more lines than its rows give stretches its last row.
 * `fractional` gives a smooth measure for choosing widths (no rounding up to whole lines).
 */
export function rowLines(columns: LayoutColumn[], widths: number[], fractional = false): number[] {
  const rows = columns[0]?.units.length ?? 0;
  const lines = new Array<number>(rows).fill(1);
  // the smooth measure counts fractions of characters too, so a quarter character more shows
  const need = (col: LayoutColumn, r: number, width: number) =>
    fractional ? Math.max(1, col.units[r] / Math.max(0.5, (width - PADDING_X) / TABLE_TEXT_TWIPS)) : wrappedLines(col.texts[r], width);
  columns.forEach((col, c) => {
    if (col.spans) return;
    for (let r = 0; r < rows; r++) lines[r] = Math.max(lines[r], need(col, r, widths[c]));
  });
  // narrower spans (重点任务) first: a 方面 span is measured with its 重点任务 rows already stretched
  const merged = columns.map((col, c) => ({ col, c })).filter(({ col }) => col.spans);
  merged.sort((a, b) => (a.col.spans!.length < b.col.spans!.length ? 1 : -1));
  for (const { col, c } of merged) {
    for (const [from, to] of col.spans!) {
      const needed = need(col, from, widths[c]);
      let have = 0;
      for (let r = from; r < to; r++) have += lines[r];
      if (needed > have) lines[to - 1] += needed - have;
    }
  }
  return lines;
}

/**
 * Column widths that make the table shortest: every column starts at its minimum and the rest
 * of the text width goes, a quarter character at a time, where it saves the most height. A
 * merged column's text is spread over all its rows, so 方面 and 重点任务 stay narrow and
 * 具体措施 and 配合单位 — which set each row's height — get the room.
 */
export function balancedWidths(columns: LayoutColumn[], totalWidth: number, preferred: number): number[] {
  const widths = columns.map((c) => c.min);
  let left = totalWidth - widths.reduce((a, b) => a + b, 0);
  if (left <= 0) return widths;
  const step = Math.max(30, Math.round(TABLE_TEXT_TWIPS / 4));
  const total = (w: number[]) => rowLines(columns, w, true).reduce((a, b) => a + b, 0);
  let current = total(widths);
  while (left >= step) {
    let best = -1;
    let bestValue = current;
    for (let c = 0; c < columns.length; c++) {
      widths[c] += step;
      const value = total(widths);
      widths[c] -= step;
      if (value < bestValue - 1e-9) {
        bestValue = value;
        best = c;
      }
    }
    if (best < 0) break;
    widths[best] += step;
    current = bestValue;
    left -= step;
  }
  // what no column needs goes to the preferred one (具体措施), and the rounding remainder with it
  widths[preferred] += totalWidth - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/**
 * Where the pages break: the rows of each page, given the height already used on the first page
 * (title, heading) and the header row's height. A page holds at most `fill` of its height, the
 * margin for line breaking rules (a line may not begin with "，") and proportional Latin text.
 */
export function pageRows(heights: number[], options: { pageHeight: number; firstPageUsed: number; headerHeight: number; fill?: number }): [number, number][] {
  const fill = options.fill ?? 0.93;
  const capacity = options.pageHeight * fill;
  const pages: [number, number][] = [];
  let start = 0;
  let used = options.firstPageUsed + options.headerHeight;
  for (let r = 0; r < heights.length; r++) {
    // a row taller than a page gets a page of its own; it cannot be split (cantSplit)
    if (used + heights[r] > capacity && r > start) {
      pages.push([start, r]);
      start = r;
      used = options.headerHeight;
    }
    used += heights[r];
  }
  if (heights.length > start) pages.push([start, heights.length]);
  return pages;
}
