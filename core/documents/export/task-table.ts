// The 任务分工表 grid shared by the whole-plan table and a unit's own list: one row per
// measure, 方面 and 重点任务 cells merged down the rows they span, header repeated per page.
import { levelWords } from '../../model/level-words.ts';
import { LineRuleType, Paragraph, TableCell, TableRow, VerticalAlignTable, VerticalMergeType, WidthType, type FileChild } from 'docx';
import { planBody, taskGroupsOf } from '../../model/level-rules.ts';
import type { Aspect, Indicator, KeyTask, Measure, Part, Plan } from '../../model/plan.ts';
import { indicatorTargetText } from '../../model/indicator-text.ts';
import { joinUnits } from './assignment-note.ts';
import { cellParagraph } from './runs.ts';
import type { Orientation } from './section.ts';
import { TABLE_CELL_MARGIN, TABLE_TEXT_TWIPS, TASK_COLUMN_WEIGHT } from './style.ts';
import { fixedTable } from './table-grid.ts';
import { balancedWidths, pageRows, rowHeight, rowLines, textBlock, textUnits, wrappedLines, type LayoutColumn } from './task-layout.ts';
import { COLUMN_LABEL } from '../../model/column-words.ts';

export interface TaskRow {
  part: Part;
  /** The part's 一、 number among the plan's parts and text sections, as the plan document numbers it. */
  partIndex: number;
  /** null in a three-level plan (no 方面 level) */
  aspect: Aspect | null;
  keyTask: KeyTask;
  measure: Measure;
}

export type TaskColumnKey = keyof typeof TASK_COLUMN_WEIGHT;

// the header words live with the importer's synonyms (model/column-words.ts), so what we write
// is always what we read back
export const TASK_COLUMN_HEADER: Record<TaskColumnKey, string> = {
  index: COLUMN_LABEL.index,
  // the default level names; a plan's own names replace them where the table is built
  aspect: levelWords().names.aspect,
  keyTask: levelWords().names.keyTask,
  measure: levelWords().names.measure,
  leadUnits: COLUMN_LABEL.leadUnits,
  supportUnits: COLUMN_LABEL.supportUnits,
  deadline: COLUMN_LABEL.deadline,
  indicators: COLUMN_LABEL.indicators,
};

export const ALL_TASK_COLUMNS = Object.keys(TASK_COLUMN_HEADER) as TaskColumnKey[];

/** Every measure of the plan in document order, with the aspect and key task it sits under. */
export function planTaskRows(plan: Plan): TaskRow[] {
  return planBody(plan).flatMap((part, partIndex) =>
    part.kind !== 'part'
      ? []
      : taskGroupsOf(part).flatMap(({ aspect, keyTasks }) => keyTasks.flatMap((keyTask) => keyTask.children.map((measure) => ({ part, partIndex, aspect, keyTask, measure })))),
  );
}

/** A level column is headed with the plan's own name for that level ("主要任务", "工作措施"). */
export function headerText(plan: Plan, key: TaskColumnKey): string {
  const names = plan.levels?.names;
  if (names && (key === 'aspect' || key === 'keyTask' || key === 'measure')) return names[key];
  return TASK_COLUMN_HEADER[key];
}

/** The plan's indicators by id: made once per table, not once per row. */
export const indicatorsById = (plan: Plan): Map<number, Indicator> => new Map(plan.parts.flatMap((p) => p.indicators.map((i) => [i.id, i] as const)));

function indicatorText(byId: Map<number, Indicator>, measure: Measure): string {
  return measure.indicatorIds
    .map((id) => byId.get(id))
    .filter((i): i is Indicator => i !== undefined)
    .map(indicatorTargetText)
    .join('；');
}

/** "PM2.5年均浓度≤28微克/立方米；优良天数比率≥78%" for the measure's linked indicators. */
export function indicatorCellText(plan: Plan, measure: Measure): string {
  return measure.indicatorIds.length === 0 ? '' : indicatorText(indicatorsById(plan), measure);
}

/** The columns minus 量化指标 when no row links an indicator. */
export function columnsFor(plan: Plan, rows: TaskRow[], wanted: TaskColumnKey[] = ALL_TASK_COLUMNS): TaskColumnKey[] {
  const byId = indicatorsById(plan);
  const anyIndicator = rows.some((row) => indicatorText(byId, row.measure) !== '');
  // a three-level plan has no 方面 column
  const aspects = plan.levels?.aspects ?? true;
  return wanted.filter((key) => (key !== 'indicators' || anyIndicator) && (key !== 'aspect' || aspects));
}

export function cellText(indicators: Map<number, Indicator>, key: TaskColumnKey, row: TaskRow, index: number): string {
  switch (key) {
    case 'index':
      return String(index + 1);
    case 'aspect':
      return row.aspect?.title ?? '';
    case 'keyTask':
      return row.keyTask.title;
    case 'measure':
      return row.measure.title;
    case 'leadUnits':
      return joinUnits(row.measure.leadUnits);
    case 'supportUnits':
      return joinUnits(row.measure.supportUnits);
    case 'deadline':
      return row.measure.deadline;
    case 'indicators':
      return indicatorText(indicators, row.measure);
  }
}

export const CENTERED: ReadonlySet<TaskColumnKey> = new Set(['index', 'deadline']);

/** The node whose span a merged column follows; merging compares nodes, not titles. */
export const MERGED_BY: Partial<Record<TaskColumnKey, (row: TaskRow) => object>> = {
  aspect: (row) => row.aspect ?? row.keyTask,
  keyTask: (row) => row.keyTask,
};

/**
 * The least width of a column: its header on one line; 完成时限 such as "2024年底前" whole; a
 * merged 方面/重点任务 column five characters, so "（VOCs）" is not broken letter by letter.
 * A little over the characters' width: a line exactly full wraps in some word processors.
 */
export function minimumWidth(plan: Plan, key: TaskColumnKey, texts: string[]): number {
  let units = Math.max(2, textUnits(headerText(plan, key)));
  if (key === 'index') units = Math.max(units, textUnits(String(texts.length)));
  if (key === 'deadline') units = Math.max(units, Math.min(6.5, Math.max(...texts.map(textUnits))));
  if (MERGED_BY[key]) units = Math.max(units, 5);
  return Math.ceil(units) * TABLE_TEXT_TWIPS + TABLE_CELL_MARGIN.left + TABLE_CELL_MARGIN.right + 60;
}

/** Start and end rows of each run of rows under one node, for a merged column. */
export function spansOf(rows: TaskRow[], mergedBy: (row: TaskRow) => object): [number, number][] {
  const spans: [number, number][] = [];
  rows.forEach((row, r) => {
    if (r > 0 && mergedBy(rows[r - 1]) === mergedBy(row)) spans[spans.length - 1][1] = r + 1;
    else spans.push([r, r + 1]);
  });
  return spans;
}

/** What the layout needs to know of the table: every cell's text size and the merged spans. */
function layoutColumns(plan: Plan, rows: TaskRow[], columns: TaskColumnKey[], indicators: Map<number, Indicator>): LayoutColumn[] {
  return columns.map((key) => {
    const texts = rows.map((row, r) => cellText(indicators, key, row, r));
    const mergedBy = MERGED_BY[key];
    const min = minimumWidth(plan, key, texts);
    if (mergedBy === undefined) return { units: texts.map(textUnits), texts, min };
    const spans = spansOf(rows, mergedBy);
    const units = new Array<number>(rows.length).fill(0);
    // a page that carries the span on repeats its title with （续）: measured with it
    for (const [from] of spans) units[from] = textUnits(`${texts[from]}（续）`);
    return { units, texts: texts.map((t) => `${t}（续）`), min, spans };
  });
}

export function cell(paragraph: Paragraph, width: number, verticalMerge?: 'restart' | 'continue'): TableCell {
  return new TableCell({
    children: [paragraph],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    verticalMerge: verticalMerge === undefined ? undefined : verticalMerge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
  });
}

/** TABLE_FILL of a page is filled: the margin for line-breaking rules and Latin text the estimate does not model. */
const TABLE_FILL = 0.92;

/** The table's layout: balanced column widths, each row's estimated height, and the rows of each page. */
export function taskTableLayout(
  plan: Plan,
  rows: TaskRow[],
  columns: TaskColumnKey[],
  orientation: Orientation,
  options: { firstPageUsed?: number } = {},
): { widths: number[]; headerHeight: number; heights: number[]; pages: [number, number][]; firstPageUsed: number; startsOnNewPage: boolean } {
  const layout = layoutColumns(plan, rows, columns, indicatorsById(plan));
  const block = textBlock(orientation);
  const measure = columns.indexOf('measure');
  const widths = balancedWidths(layout, block.width, measure >= 0 ? measure : columns.length - 1);
  const headerLines = Math.max(...columns.map((key, c) => wrappedLines(headerText(plan, key), widths[c])));
  const headerHeight = rowHeight(headerLines);
  const heights = rowLines(layout, widths).map(rowHeight);
  let firstPageUsed = options.firstPageUsed ?? 0;
  // a table that would start with less than a row's room at the bottom of a page starts on the next
  const startsOnNewPage = rows.length > 0 && firstPageUsed + headerHeight + heights[0] > block.height * TABLE_FILL;
  if (startsOnNewPage) firstPageUsed = 0;
  const pages = pageRows(heights, { pageHeight: block.height, firstPageUsed, headerHeight, fill: TABLE_FILL });
  return { widths, headerHeight, heights, pages, firstPageUsed, startsOnNewPage };
}

/** The pieces know every row's height only with exact lines (the styles' lines are at least). */
const EXACT = { exactLines: true } as const;

/** The page break between two pieces of a table: a paragraph 1 pt high, so the next piece starts at the top. */
const pieceBreak = (): Paragraph => new Paragraph({ pageBreakBefore: true, spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 } });

export interface TaskTables {
  /** The table's pieces, one per estimated page, with page breaks between them. */
  children: FileChild[];
  /** Pieces (pages) the table was cut into. */
  pages: number;
  /** Height used on the last page, in twips, for what follows the table. */
  lastPageUsed: number;
}

/**
 * The task table as pieces of one page each (task-layout.ts explains why): columns balanced
 * to the text they hold, every piece with the header row, merged 方面 and 重点任务 cells, and
 * at the top of a piece that continues one, its title again with "（续）".
 * `firstPageUsed`: the height above the table on its first page (title, heading), in twips.
 */
export function buildTaskTables(plan: Plan, rows: TaskRow[], columns: TaskColumnKey[], orientation: Orientation, options: { firstPageUsed?: number } = {}): TaskTables {
  const indicators = indicatorsById(plan);
  const { widths, headerHeight, heights, pages, firstPageUsed, startsOnNewPage } = taskTableLayout(plan, rows, columns, orientation, options);
  const children: FileChild[] = startsOnNewPage ? [pieceBreak()] : [];
  const header = () =>
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: columns.map((key, c) => cell(cellParagraph(headerText(plan, key), 'tableHeader', true, EXACT), widths[c])),
    });
  pages.forEach(([from, to], p) => {
    if (p > 0) children.push(pieceBreak());
    const body: TableRow[] = [];
    for (let r = from; r < to; r++) {
      const row = rows[r];
      body.push(
        new TableRow({
          cantSplit: true,
          children: columns.map((key, c) => {
            const mergedBy = MERGED_BY[key];
            if (mergedBy === undefined) {
              return cell(cellParagraph(cellText(indicators, key, row, r), 'tableCell', CENTERED.has(key), EXACT), widths[c]);
            }
            const sameAsAbove = r > 0 && mergedBy(rows[r - 1]) === mergedBy(row);
            // A continued cell is written empty: Word shows the text of the cell that restarted the merge.
            if (sameAsAbove && r > from) return cell(cellParagraph('', 'tableCell', false, EXACT), widths[c], 'continue');
            // the first row of a page that carries on a 方面 or 重点任务 names it again
            const text = cellText(indicators, key, row, r);
            return cell(cellParagraph(sameAsAbove && text !== '' ? `${text}（续）` : text, 'tableCell', false, EXACT), widths[c], 'restart');
          }),
        }),
      );
    }
    children.push(fixedTable([header(), ...body], widths));
  });
  const last = pages[pages.length - 1];
  const lastPageUsed = (pages.length === 1 ? firstPageUsed : 0) + headerHeight + (last ? heights.slice(last[0], last[1]).reduce((a, b) => a + b, 0) : 0);
  if (rows.length === 0) children.push(fixedTable([header()], widths));
  return { children, pages: pages.length, lastPageUsed };
}
