// The plan itself as a 公文: title, then 一、部分 → （一）方面 → 1.重点任务 → （1）具体措施,
// numbered by position (model/numbering.ts), each level restarting under its parent.
// The 征求意见稿 wraps each node's own text (not its number) in a bookmark named after the
// node, so comments in the returned copy map back to nodes even after renumbering.
import type { Paragraph } from 'docx';
import type { Part, Plan } from '../../model/plan.ts';
import { bookmarkName, type BookmarkTarget } from './bookmarks.ts';
import { numberLabel } from '../../model/numbering.ts';
import { assignmentNote } from './assignment-note.ts';
import { bookmarkedRun, textParagraph, textRun, titleParagraph } from './runs.ts';
import { buildSection, packDocument } from './section.ts';

export interface PlanExportOptions {
  /** 征求意见稿: "（征求意见稿）" in the title and bookmarks around every node's text. */
  consultation?: boolean;
}

export const CONSULTATION_MARK = '（征求意见稿）';

export function planDocumentTitle(plan: Plan, consultation: boolean): string {
  if (!consultation || plan.title.includes(CONSULTATION_MARK)) return plan.title;
  return plan.title + CONSULTATION_MARK;
}

function partParagraphs(part: Part, partIndex: number, mark: (t: BookmarkTarget, id: number) => string | undefined): Paragraph[] {
  const paragraphs: Paragraph[] = [
    textParagraph([textRun(numberLabel('part', partIndex), 'part'), bookmarkedRun(part.title, 'part', mark('part', part.id))], {
      keepNext: true,
    }),
  ];
  if (part.goals.trim() !== '') {
    paragraphs.push(textParagraph([textRun('主要目标：', 'body'), bookmarkedRun(part.goals, 'body', mark('goals', part.id))]));
  }
  if (part.content.trim() !== '') {
    paragraphs.push(
      textParagraph([textRun('主要内容：', 'body'), bookmarkedRun(part.content, 'body', mark('content', part.id))]),
    );
  }
  part.children.forEach((aspect, aspectIndex) => {
    paragraphs.push(
      textParagraph(
        [textRun(numberLabel('aspect', aspectIndex), 'aspect'), bookmarkedRun(aspect.title, 'aspect', mark('aspect', aspect.id))],
        { keepNext: true },
      ),
    );
    aspect.children.forEach((task, taskIndex) => {
      paragraphs.push(
        textParagraph(
          [textRun(numberLabel('keyTask', taskIndex), 'keyTask'), bookmarkedRun(task.title, 'keyTask', mark('keyTask', task.id))],
          { keepNext: task.children.length > 0 },
        ),
      );
      task.children.forEach((measure, measureIndex) => {
        const children = [
          textRun(numberLabel('measure', measureIndex), 'body'),
          bookmarkedRun(measure.title, 'body', mark('measure', measure.id)),
        ];
        const note = assignmentNote(measure);
        if (note !== '') children.push(textRun(note, 'body'));
        paragraphs.push(textParagraph(children));
      });
    });
  });
  return paragraphs;
}

export async function exportPlan(plan: Plan, options: PlanExportOptions = {}): Promise<Buffer> {
  const consultation = options.consultation === true;
  const mark = (target: BookmarkTarget, id: number) => (consultation ? bookmarkName(target, id) : undefined);
  const title = planDocumentTitle(plan, consultation);
  const children = [titleParagraph(title), ...plan.parts.flatMap((part, index) => partParagraphs(part, index, mark))];
  return packDocument({ title, sections: [buildSection({ orientation: 'portrait', children })] });
}
