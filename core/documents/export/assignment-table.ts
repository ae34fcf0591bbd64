// 任务分工表: the whole plan as one landscape table, one row per measure: by default one
// continuous table the word processor paginates (continuous-task-table.ts); as an explicit print
// option, cut into page-sized pieces with the header and "（续）" titles on each (task-table.ts).
import type { Plan } from '../../model/plan.ts';
import { attachmentLabelParagraphs } from './attachment-label.ts';
import { titleBlockHeight, titleParagraph } from './runs.ts';
import { drafterBreaks } from '../../model/title-lines.ts';
import { buildSection, packDocument } from './section.ts';
import { buildTaskTables, columnsFor, planTaskRows } from './task-table.ts';
import { continuousTaskTable } from './continuous-task-table.ts';

export const ASSIGNMENT_TABLE_SUFFIX = '任务分工表';

export function assignmentTableTitle(plan: Plan): string {
  return plan.title.trim() === '' ? ASSIGNMENT_TABLE_SUFFIX : `${plan.title}${ASSIGNMENT_TABLE_SUFFIX}`;
}

/** 'continuous': one table (the default); 'pages': pieces of one page each, for printing as is. */
export type TaskTableLayout = 'continuous' | 'pages';

export async function exportAssignmentTable(plan: Plan, options: { layout?: TaskTableLayout; attachmentLabel?: string } = {}): Promise<Buffer> {
  const rows = planTaskRows(plan);
  const title = assignmentTableTitle(plan);
  const titleOptions = { orientation: 'landscape', breaks: drafterBreaks(plan.title, plan.titleBreak) } as const;
  const tables =
    options.layout === 'pages'
      ? buildTaskTables(plan, rows, columnsFor(plan, rows), 'landscape', { firstPageUsed: titleBlockHeight(title, titleOptions) })
      : { children: [continuousTaskTable(plan, rows, columnsFor(plan, rows), 'landscape')] };
  return packDocument({
    title,
    author: plan.draftingUnit,
    sections: [
      buildSection({ orientation: 'landscape', children: [...attachmentLabelParagraphs(options.attachmentLabel), titleParagraph(title, titleOptions), ...tables.children] }),
    ],
  });
}
