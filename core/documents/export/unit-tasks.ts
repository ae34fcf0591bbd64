// 单位承担任务清单: what one unit leads, then what it supports, as two landscape tables under
// the plan's title. The list a bureau asks for when the plan goes out for comment.
import type { FileChild } from 'docx';
import { QicaoError } from '../../errors.ts';
import type { Plan } from '../../model/plan.ts';
import { numberLabel } from '../../model/numbering.ts';
import { levelParagraph, titleParagraph } from './runs.ts';
import { buildSection, packDocument } from './section.ts';
import { ALL_TASK_COLUMNS, columnsFor, planTaskRows, type TaskColumnKey, type TaskRow } from './task-table.ts';
import { continuousTaskTable } from './continuous-task-table.ts';
import { plainTitle } from '../../model/title-lines.ts';

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
  // the list names the plan it comes from (a bureau keeps lists of several plans), with its counts
  const counted = lists.filter((l) => l.rows.length > 0).map((l) => `${l.heading}${l.rows.length}项`);
  const intro = `根据《${plainTitle(plan.title)}》，${unitName}承担${counted.join('、')}，具体如下：`;
  const children: FileChild[] = [titleParagraph(title, { orientation: 'landscape' }), levelParagraph('body', intro)];
  let headingIndex = 0;
  for (const list of lists) {
    if (list.rows.length === 0) continue;
    const redundant = list.rows.every((row) => onlyThisUnit(row.measure[list.ownColumn], unitName));
    const wanted: TaskColumnKey[] = ALL_TASK_COLUMNS.filter((key) => !(redundant && key === list.ownColumn));
    headingIndex += 1;
    const label = `${numberLabel('part', headingIndex - 1)}${list.heading}（${list.rows.length}项）`;
    // one continuous table per list, paginated by the word processor (continuous-task-table.ts)
    children.push(levelParagraph('part', label, { keepNext: true }));
    children.push(continuousTaskTable(plan, list.rows, columnsFor(plan, list.rows, wanted), 'landscape'));
  }
  return packDocument({ title, author: plan.draftingUnit, sections: [buildSection({ orientation: 'landscape', children })] });
}
