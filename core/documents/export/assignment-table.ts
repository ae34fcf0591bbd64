// 任务分工表: the whole plan as one landscape table, one row per measure.
import type { Plan } from '../../model/plan.ts';
import { titleParagraph } from './runs.ts';
import { buildSection, packDocument } from './section.ts';
import { buildTaskTable, columnsFor, planTaskRows } from './task-table.ts';

export const ASSIGNMENT_TABLE_SUFFIX = '任务分工表';

export function assignmentTableTitle(plan: Plan): string {
  return plan.title.trim() === '' ? ASSIGNMENT_TABLE_SUFFIX : `${plan.title}${ASSIGNMENT_TABLE_SUFFIX}`;
}

export async function exportAssignmentTable(plan: Plan): Promise<Buffer> {
  const rows = planTaskRows(plan);
  const title = assignmentTableTitle(plan);
  const table = buildTaskTable(plan, rows, columnsFor(plan, rows), 'landscape');
  return packDocument({
    title,
    sections: [buildSection({ orientation: 'landscape', children: [titleParagraph(title), table] })],
  });
}
