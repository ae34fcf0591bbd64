// The 任务分工表 as one continuous table, the way a drafter keeps editing it in Word or WPS: the
// header row repeats on every page (tblHeader), no row splits across pages (cantSplit), each
// 部分 and 方面 is a full-width group row ("一、大气污染防治", "（一）…"), and 重点任务 is one cell
// merged down its own measures. The word processor paginates, so a cell grown by an edit or a
// larger font moves rows to the next page instead of breaking pre-cut pieces (task-table.ts
// keeps those only as the explicit 按页分段 print layout). Column widths come from the text each
// column holds (task-layout.ts balancedWidths), with 牵头单位 and 完成时限 wide enough to keep a
// unit name or "2024年底前" on one line.
import { AlignmentType, Paragraph, TableCell, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { numberLabel } from '../../model/numbering.ts';
import { DEFAULT_LEVEL_SCHEME } from '../../model/levels.ts';
import type { Plan } from '../../model/plan.ts';
import { cellParagraph } from './runs.ts';
import type { Orientation } from './section.ts';
import { paragraphStyleId } from './style-sheet.ts';
import { TABLE_CELL_MARGIN, TABLE_TEXT_TWIPS } from './style.ts';
import { fixedTable } from './table-grid.ts';
import { balancedWidths, textBlock, textUnits, type LayoutColumn } from './task-layout.ts';
import { CENTERED, MERGED_BY, cell, cellText, headerText, indicatorsById, minimumWidth, spansOf, type TaskColumnKey, type TaskRow } from './task-table.ts';
import type { Table } from 'docx';

/** Unit names and deadlines longer than this may wrap; shorter ones get a column that holds them. */
const ONE_LINE_LIMIT = { leadUnits: 8, deadline: 7 } as const;
/** 牵头单位 at least six characters wide: "区生态环境局" on one line. */
const LEAD_MINIMUM = 6;

const twips = (units: number) => Math.ceil(units) * TABLE_TEXT_TWIPS + TABLE_CELL_MARGIN.left + TABLE_CELL_MARGIN.right + 60;

/** Columns of the continuous table: 方面 is a group row, not a column. */
export const continuousColumns = (columns: TaskColumnKey[]): TaskColumnKey[] => columns.filter((key) => key !== 'aspect');

function widthsFor(plan: Plan, rows: TaskRow[], columns: TaskColumnKey[], orientation: Orientation): number[] {
  const indicators = indicatorsById(plan);
  const layout: LayoutColumn[] = columns.map((key) => {
    const texts = rows.map((row, r) => cellText(indicators, key, row, r));
    let min = minimumWidth(plan, key, texts);
    if (key === 'leadUnits') {
      // the longest single unit name that is short enough to keep whole
      const names = rows
        .flatMap((row) => row.measure.leadUnits)
        .map(textUnits)
        .filter((u) => u <= ONE_LINE_LIMIT.leadUnits);
      min = Math.max(min, twips(Math.max(LEAD_MINIMUM, ...names)));
    }
    if (key === 'deadline') {
      const deadlines = texts.map(textUnits).filter((u) => u <= ONE_LINE_LIMIT.deadline);
      min = Math.max(min, twips(Math.max(0, ...deadlines)));
    }
    const mergedBy = MERGED_BY[key];
    if (mergedBy === undefined) return { units: texts.map(textUnits), texts, min };
    const spans = spansOf(rows, mergedBy);
    const units = new Array<number>(rows.length).fill(0);
    for (const [from] of spans) units[from] = textUnits(texts[from]);
    return { units, texts, min, spans };
  });
  const measure = columns.indexOf('measure');
  return balancedWidths(layout, textBlock(orientation).width, measure >= 0 ? measure : columns.length - 1);
}

/** A full-width row: "一、大气污染防治" in 表头 (黑体), "（一）…" in 表格文字, kept with the row below. */
function groupRow(text: string, level: 'tableHeader' | 'tableCell', span: number, width: number): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      new TableCell({
        columnSpan: span,
        width: { size: width, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        children: [new Paragraph({ style: paragraphStyleId(level), alignment: AlignmentType.LEFT, keepNext: true, text })],
      }),
    ],
  });
}

/**
 * The whole table. `columns` may include 'aspect' (it is dropped: 方面 are group rows).
 * 序号 counts the measures 1…N through the table, as a reader counts its rows.
 */
export function continuousTaskTable(plan: Plan, rows: TaskRow[], wanted: TaskColumnKey[], orientation: Orientation): Table {
  const columns = continuousColumns(wanted);
  const widths = widthsFor(plan, rows, columns, orientation);
  const total = widths.reduce((a, b) => a + b, 0);
  const levels = plan.levels ?? DEFAULT_LEVEL_SCHEME;
  const indicators = indicatorsById(plan);
  const out: TableRow[] = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: columns.map((key, c) => cell(cellParagraph(headerText(plan, key), 'tableHeader', true), widths[c])),
    }),
  ];
  rows.forEach((row, r) => {
    const before = r > 0 ? rows[r - 1] : null;
    if (before?.part !== row.part) out.push(groupRow(`${numberLabel('part', row.partIndex, levels)}${row.part.title}`, 'tableHeader', columns.length, total));
    if (row.aspect && (before?.aspect !== row.aspect || before?.part !== row.part)) {
      const index = (row.part.children as readonly object[]).indexOf(row.aspect);
      out.push(groupRow(`${numberLabel('aspect', index, levels)}${row.aspect.title}`, 'tableCell', columns.length, total));
    }
    // a key task continues down its rows unless a group row came between
    const continues = before !== null && before.keyTask === row.keyTask;
    out.push(
      new TableRow({
        cantSplit: true,
        children: columns.map((key, c) => {
          if (key !== 'keyTask') return cell(cellParagraph(cellText(indicators, key, row, r), 'tableCell', CENTERED.has(key)), widths[c]);
          // a continued cell is written empty: Word shows the text of the cell that restarted the merge
          if (continues) return cell(cellParagraph('', 'tableCell', false), widths[c], 'continue');
          return cell(cellParagraph(row.keyTask.title, 'tableCell', false), widths[c], 'restart');
        }),
      }),
    );
  });
  return fixedTable(out, widths);
}
