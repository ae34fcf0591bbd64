// How `qicao roll-forward` and `qicao replace` print a reviewed list: one line per row
// (where: before → after), or the rows as JSON; with --apply the rows are written as one step.
import type { TextEditRow } from '../../model/text-edit.ts';

export function printRows(rows: TextEditRow[], json: boolean, extra: Record<string, unknown>): void {
  if (json) {
    console.log(JSON.stringify({ ...extra, rows: rows.map((r) => ({ where: r.where, target: r.target, before: r.before, after: r.after })) }, null, 2));
    return;
  }
  for (const r of rows) console.log(`${r.where}：${r.excerptBefore} → ${r.excerptAfter}`);
}

export const editsOf = (rows: TextEditRow[]) => rows.map(({ target, before, after }) => ({ target, before, after }));
