// The plan itself as a 公文: title, then 一、部分 → （一）方面 → 1.重点任务 → （1）具体措施,
// numbered by position (model/numbering.ts), each level restarting under its parent.
// The 征求意见稿 wraps each node's own text (not its number) in a bookmark named after the
// node, so comments in the returned copy map back to nodes even after renumbering.
import type { Paragraph, ParagraphChild } from 'docx';
import { planBody, taskGroupsOf } from '../../model/level-rules.ts';
import { DEFAULT_LEVEL_SCHEME, type LevelScheme } from '../../model/levels.ts';
import type { Part, Plan, Section } from '../../model/plan.ts';
import { bookmarkName, type BookmarkTarget } from './bookmarks.ts';
import { drafterBreaks } from '../../model/title-lines.ts';
import { numberLabel } from '../../model/numbering.ts';
import { assignmentNote } from './assignment-note.ts';
import { bookmarked, levelParagraph, plainRun, titleParagraph } from './runs.ts';
import type { TextLevel } from './style.ts';
import { buildSection, packDocument } from './section.ts';

export interface PlanExportOptions {
  /** 征求意见稿: "（征求意见稿）" in the title and bookmarks around every node's text. */
  consultation?: boolean;
  /** 报审稿: "（报审稿）" on its own line under the title, no bookmarks. */
  review?: boolean;
}

export const REVIEW_MARK = '（报审稿）';

export const CONSULTATION_MARK = '（征求意见稿）';

export function planDocumentTitle(plan: Plan, consultation: boolean): string {
  if (!consultation || plan.title.includes(CONSULTATION_MARK)) return plan.title;
  return plan.title + CONSULTATION_MARK;
}

/**
 * One node's paragraph: its number, its own text and what follows it. Everything is in the
 * paragraph's style, so without a bookmark the three are one plain run; a bookmark needs the
 * node's text as a run of its own.
 */
function nodeParagraph(level: TextLevel, label: string, text: string, bookmark: string | undefined, after = '', keepNext?: boolean): Paragraph {
  if (bookmark === undefined) return levelParagraph(level, label + text + after, { keepNext });
  const children: ParagraphChild[] = [plainRun(label), bookmarked(plainRun(text), bookmark)];
  if (after !== '') children.push(plainRun(after));
  return levelParagraph(level, children, { keepNext });
}

function partParagraphs(part: Part, partIndex: number, mark: (t: BookmarkTarget, id: number) => string | undefined, levels: LevelScheme): Paragraph[] {
  const paragraphs: Paragraph[] = [nodeParagraph('part', numberLabel('part', partIndex), part.title, mark('part', part.id))];
  if (part.goals.trim() !== '') paragraphs.push(nodeParagraph('body', '主要目标：', part.goals, mark('goals', part.id)));
  if (part.content.trim() !== '') paragraphs.push(nodeParagraph('body', '主要内容：', part.content, mark('content', part.id)));
  // numbers and heading styles go by depth: in a three-level plan a key task is a （一） heading
  const taskLevel: TextLevel = levels.aspects ? 'keyTask' : 'aspect';
  taskGroupsOf(part).forEach(({ aspect, keyTasks }, aspectIndex) => {
    if (aspect) paragraphs.push(nodeParagraph('aspect', numberLabel('aspect', aspectIndex, levels), aspect.title, mark('aspect', aspect.id)));
    keyTasks.forEach((task, taskIndex) => {
      // A key task without measures has nothing to keep with.
      const keepNext = task.children.length > 0;
      paragraphs.push(nodeParagraph(taskLevel, numberLabel('keyTask', taskIndex, levels), task.title, mark('keyTask', task.id), '', keepNext));
      task.children.forEach((measure, measureIndex) => {
        paragraphs.push(nodeParagraph('body', numberLabel('measure', measureIndex, levels), measure.title, mark('measure', measure.id), assignmentNote(measure)));
      });
    });
  });
  return paragraphs;
}

/** A text section (总体要求, 保障措施 …): its 一、 heading and its paragraphs, nothing counted. */
function sectionParagraphs(section: Section, index: number): Paragraph[] {
  const lines = section.content.split('\n').filter((line) => line.trim() !== '');
  return [nodeParagraph('part', numberLabel('section', index), section.title, undefined), ...lines.map((line) => levelParagraph('body', line))];
}

export async function exportPlan(plan: Plan, options: PlanExportOptions = {}): Promise<Buffer> {
  const consultation = options.consultation === true;
  const mark = (target: BookmarkTarget, id: number) => (consultation ? bookmarkName(target, id) : undefined);
  const title = options.review && !plan.title.includes(REVIEW_MARK) ? plan.title + REVIEW_MARK : planDocumentTitle(plan, consultation);
  // the draft mark goes on a line of its own under the title (titleParagraph)
  const heading = titleParagraph(title, { breaks: drafterBreaks(plan.title, plan.titleBreak) });
  // the preamble ("为……，制定本方案。") stands between the title and 一、, as the document had it
  const preamble = (plan.preamble ?? '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => levelParagraph('body', line));
  const children = [
    heading,
    ...preamble,
    ...planBody(plan).flatMap((top, index) => (top.kind === 'section' ? sectionParagraphs(top, index) : partParagraphs(top, index, mark, plan.levels ?? DEFAULT_LEVEL_SCHEME))),
  ];
  return packDocument({ title, author: plan.draftingUnit, sections: [buildSection({ orientation: 'portrait', children })] });
}
