// 单位承担任务清单: what one unit leads, then what it supports, as two landscape tables. The
// list a bureau asks for when the plan goes out for comment.
import { Paragraph, type FileChild } from 'docx';
import { paragraphStyleId } from './style-sheet.ts';
import { QicaoError } from '../../errors.ts';
import type { Plan } from '../../model/plan.ts';
import { numberLabel } from '../../model/numbering.ts';
import { levelParagraph, titleBlockHeight, titleParagraph } from './runs.ts';
import { LINE_PITCH } from './style.ts';
import { buildSection, packDocument } from './section.ts';
import { ALL_TASK_COLUMNS, buildTaskTables, columnsFor, taskTableLayout, planTaskRows, type TaskColumnKey, type TaskRow } from './task-table.ts';

export const NO_UNIT_TASKS_MESSAGE = '该单位在本计划中没有牵头或配合的任务。';

export function unitTasksTitle(unitName: string): string {
  return `${unitName}承担任务清单`;
}

const onlyThisUnit = (units: string[], unitName: string) => units.length === 1 && units[0] === unitName;

export async function exportUnitTasks(plan: Plan, unitName: string): Promise<Buffer> {
  const rows = planTaskRows(plan);
  const leads = rows.filter((row) => row.measure.leadUnits.includes(unitName));
  // A measure the unit both leads and supports is listed once, under 牵头.
  const supports = rows.filter((row) => !row.measure.leadUnits.includes(unitName) && row.measure.supportUnits.includes(unitName));
  if (leads.length === 0 && supports.length === 0) throw new QicaoError('bad-input', NO_UNIT_TASKS_MESSAGE);

  // The unit's own column says nothing when it is the only name in every row; a shared lead
  // or a co-supporter stays visible, because the unit has to work with them.
  const lists: { heading: string; rows: TaskRow[]; ownColumn: 'leadUnits' | 'supportUnits' }[] = [
    { heading: '牵头任务', rows: leads, ownColumn: 'leadUnits' },
    { heading: '配合任务', rows: supports, ownColumn: 'supportUnits' },
  ];
  const title = unitTasksTitle(unitName);
  const children: FileChild[] = [titleParagraph(title, { orientation: 'landscape' })];
  // height used on the current page, so each list's table knows where its pages break
  let used = titleBlockHeight(title, { orientation: 'landscape' });
  let headingIndex = 0;
  for (const list of lists) {
    if (list.rows.length === 0) continue;
    const redundant = list.rows.every((row) => onlyThisUnit(row.measure[list.ownColumn], unitName));
    const wanted: TaskColumnKey[] = ALL_TASK_COLUMNS.filter((key) => !(redundant && key === list.ownColumn));
    headingIndex += 1;
    const label = `${numberLabel('part', headingIndex - 1)}${list.heading}（${list.rows.length}项）`;
    const columns = columnsFor(plan, list.rows, wanted);
    // a list whose first row no longer fits on this page starts on the next, heading and all
    const { startsOnNewPage } = taskTableLayout(plan, list.rows, columns, 'landscape', { firstPageUsed: used + LINE_PITCH });
    if (startsOnNewPage) {
      children.push(new Paragraph({ style: paragraphStyleId('part'), pageBreakBefore: true, keepNext: true, text: label }));
      used = 0;
    } else {
      children.push(levelParagraph('part', label, { keepNext: true }));
    }
    const tables = buildTaskTables(plan, list.rows, columns, 'landscape', { firstPageUsed: used + LINE_PITCH });
    children.push(...tables.children);
    used = tables.lastPageUsed;
  }
  return packDocument({ title, author: plan.draftingUnit, sections: [buildSection({ orientation: 'landscape', children })] });
}
