// 任务分工表: the whole plan as one landscape table, one row per measure, cut into pages with
// the header and "（续）" titles on each (task-table.ts, task-layout.ts).
import type { Plan } from '../../model/plan.ts';
import { titleBlockHeight, titleParagraph } from './runs.ts';
import { drafterBreaks } from './title-lines.ts';
import { buildSection, packDocument } from './section.ts';
import { buildTaskTables, columnsFor, planTaskRows } from './task-table.ts';

export const ASSIGNMENT_TABLE_SUFFIX = '任务分工表';

export function assignmentTableTitle(plan: Plan): string {
  return plan.title.trim() === '' ? ASSIGNMENT_TABLE_SUFFIX : `${plan.title}${ASSIGNMENT_TABLE_SUFFIX}`;
}

export async function exportAssignmentTable(plan: Plan): Promise<Buffer> {
  const rows = planTaskRows(plan);
  const title = assignmentTableTitle(plan);
  const titleOptions = { orientation: 'landscape', breaks: drafterBreaks(plan.title, plan.titleBreak) } as const;
  const tables = buildTaskTables(plan, rows, columnsFor(plan, rows), 'landscape', { firstPageUsed: titleBlockHeight(title, titleOptions) });
  return packDocument({
    title,
    author: plan.draftingUnit,
    sections: [buildSection({ orientation: 'landscape', children: [titleParagraph(title, titleOptions), ...tables.children] })],
  });
}
