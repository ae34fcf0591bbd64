// What every exported table shares: columns sized by weight to span the text block exactly,
// and a fixed layout (Word and WPS then keep the widths instead of fitting to content).
import { Table, TableLayoutType, WidthType, type TableRow } from 'docx';
import type { Orientation } from './section.ts';
import { MARGIN, PAGE, TABLE_CELL_MARGIN } from './style.ts';

/** Column widths in twips; the rounding remainder goes to column `restTo`. */
export function widthsFromWeights(weights: readonly number[], orientation: Orientation, restTo: number): number[] {
  const textWidth = (orientation === 'landscape' ? PAGE.height : PAGE.width) - MARGIN.left - MARGIN.right;
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((textWidth * w) / total));
  widths[restTo] += textWidth - widths.reduce((a, b) => a + b, 0);
  return widths;
}

export function fixedTable(rows: TableRow[], widths: number[]): Table {
  return new Table({
    rows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: TABLE_CELL_MARGIN,
  });
}
