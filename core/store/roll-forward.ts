// "改为下一年度": last year's plan (imported from Word, or a copy of a plan file) made this
// year's. The rule of which years move is model/year-shift.ts; this lists every field where it
// moves something, as one reviewed list, and writes the rows the drafter kept as one step.
import { QicaoError } from '../errors.ts';
import { planYearOf, rollYears } from '../model/year-shift.ts';
import type { TextEdit, TextEditList } from '../model/text-edit.ts';
import type { Db } from './open.ts';
import { readPlan } from './read-plan.ts';
import { editRow, listTextFields, writeTextEdits } from './text-fields.ts';

export interface RollForwardList extends TextEditList {
  from: number;
  to: number;
}

export function rollForwardList(db: Db, to?: number): RollForwardList {
  const plan = readPlan(db);
  const from = planYearOf(plan);
  if (from === null) throw new QicaoError('bad-input', '计划名称中没有年份，也没有设置计划年度：请先在“计划名称”旁填写年度（如2024），再改为下一年度。');
  const target = to ?? from + 1;
  if (target === from) throw new QicaoError('bad-input', `计划已是${from}年的计划，请选择另一个年度。`);
  const rows = [];
  if (plan.year !== target) {
    rows.push({ ...editRow({ target: { kind: 'planYear' }, where: '计划年度', text: String(plan.year ?? '') }, String(target)) });
  }
  for (const field of listTextFields(db, plan)) {
    const after = rollYears(field.text, from, target);
    if (after !== field.text) rows.push(editRow(field, after));
  }
  return { from, to: target, rows, more: 0 };
}

/** Writes the kept rows inside the caller's transaction. */
export function applyRollForward(db: Db, edits: TextEdit[]): void {
  if (edits.length === 0) throw new QicaoError('bad-input', '没有勾选任何一行，计划未作改动。请勾选要改为下一年度的内容后再应用。');
  writeTextEdits(db, edits);
}
