// The Word exports, for the api handlers: each takes a Plan and returns the .docx bytes.
export { exportPlan, planDocumentTitle, type PlanExportOptions } from './plan-document.ts';
export { exportAssignmentTable, assignmentTableTitle } from './assignment-table.ts';
export { exportUnitTasks, unitTasksTitle, NO_UNIT_TASKS_MESSAGE } from './unit-tasks.ts';
export { exportExplanation } from './explanation.ts';
export { bookmarkName, parseBookmarkName, BOOKMARK_PREFIX, type BookmarkTarget } from './bookmarks.ts';
