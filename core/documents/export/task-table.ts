// The 任务分工表 grid shared by the whole-plan table and a unit's own list: one row per
// measure, 方面 and 重点任务 cells merged down the rows they span, header repeated per page.
import {
  Paragraph,
  Table,
  TableCell,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { Aspect, Indicator, KeyTask, Measure, Plan } from '../../model/plan.ts';
import { indicatorTargetText } from '../explanation/indicator-text.ts';
import { joinUnits } from './assignment-note.ts';
import { cellParagraph } from './runs.ts';
import type { Orientation } from './section.ts';
import { TASK_COLUMN_WEIGHT } from './style.ts';
import { fixedTable, widthsFromWeights } from './table-grid.ts';

export interface TaskRow {
  aspect: Aspect;
  keyTask: KeyTask;
  measure: Measure;
}

export type TaskColumnKey = keyof typeof TASK_COLUMN_WEIGHT;

export const TASK_COLUMN_HEADER: Record<TaskColumnKey, string> = {
  index: '序号',
  aspect: '方面',
  keyTask: '重点任务',
  measure: '具体措施',
  leadUnits: '牵头单位',
  supportUnits: '配合单位',
  deadline: '完成时限',
  indicators: '量化指标',
};

export const ALL_TASK_COLUMNS = Object.keys(TASK_COLUMN_HEADER) as TaskColumnKey[];

/** Every measure of the plan in document order, with the aspect and key task it sits under. */
export function planTaskRows(plan: Plan): TaskRow[] {
  return plan.parts.flatMap((part) =>
    part.children.flatMap((aspect) =>
      aspect.children.flatMap((keyTask) => keyTask.children.map((measure) => ({ aspect, keyTask, measure }))),
    ),
  );
}

/** The plan's indicators by id: made once per table, not once per row. */
const indicatorsById = (plan: Plan): Map<number, Indicator> =>
  new Map(plan.parts.flatMap((p) => p.indicators.map((i) => [i.id, i] as const)));

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
  return wanted.filter((key) => key !== 'indicators' || anyIndicator);
}

function cellText(indicators: Map<number, Indicator>, key: TaskColumnKey, row: TaskRow, index: number): string {
  switch (key) {
    case 'index':
      return String(index + 1);
    case 'aspect':
      return row.aspect.title;
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

const CENTERED: ReadonlySet<TaskColumnKey> = new Set(['index', 'deadline']);

/** The node whose span a merged column follows; merging compares nodes, not titles. */
const MERGED_BY: Partial<Record<TaskColumnKey, (row: TaskRow) => object>> = {
  aspect: (row) => row.aspect,
  keyTask: (row) => row.keyTask,
};

function columnWidths(columns: TaskColumnKey[], orientation: Orientation): number[] {
  // The rounding remainder goes to 具体措施 so the table spans the text block exactly.
  const measure = columns.indexOf('measure');
  return widthsFromWeights(columns.map((key) => TASK_COLUMN_WEIGHT[key]), orientation, measure >= 0 ? measure : columns.length - 1);
}

function cell(paragraph: Paragraph, width: number, verticalMerge?: 'restart' | 'continue'): TableCell {
  return new TableCell({
    children: [paragraph],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    verticalMerge:
      verticalMerge === undefined
        ? undefined
        : verticalMerge === 'restart'
          ? VerticalMergeType.RESTART
          : VerticalMergeType.CONTINUE,
  });
}

export function buildTaskTable(plan: Plan, rows: TaskRow[], columns: TaskColumnKey[], orientation: Orientation): Table {
  const widths = columnWidths(columns, orientation);
  const indicators = indicatorsById(plan);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((key, c) => cell(cellParagraph(TASK_COLUMN_HEADER[key], 'tableHeader', true), widths[c])),
  });
  const body = rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((key, c) => {
          const mergedBy = MERGED_BY[key];
          if (mergedBy === undefined) {
            return cell(cellParagraph(cellText(indicators, key, row, r), 'tableCell', CENTERED.has(key)), widths[c]);
          }
          const continues = r > 0 && mergedBy(rows[r - 1]) === mergedBy(row);
          // A continued cell is written empty: Word shows the text of the cell that restarted the merge.
          const text = continues ? '' : cellText(indicators, key, row, r);
          return cell(cellParagraph(text, 'tableCell', false), widths[c], continues ? 'continue' : 'restart');
        }),
      }),
  );
  return fixedTable([header, ...body], widths);
}
