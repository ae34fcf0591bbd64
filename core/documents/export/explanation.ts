// The 起草说明 as a 公文. Bound segments are resolved here, from the plan as it is at export,
// so the exported counts and numbers cannot disagree with the plan.
import type { Plan } from '../../model/plan.ts';
import { ExplanationDoc, type Block } from '../explanation/model.ts';
import { segmentText } from '../explanation/resolve.ts';
import { buildExplanationTemplate } from '../explanation/template.ts';
import { Paragraph } from 'docx';
import { levelParagraph, textRun, titleParagraph } from './runs.ts';
import { paragraphStyleId } from './style-sheet.ts';
import { drafterBreaks } from './title-lines.ts';
import { buildSection, packDocument } from './section.ts';
import type { TextLevel } from './style.ts';

const BLOCK_LEVEL: Record<Block['style'], TextLevel> = {
  heading1: 'part',
  heading2: 'aspect',
  body: 'body',
};

/**
 * "附件2" above the title, as an attachment to a 请示 is marked: 3号 黑体, at the left margin
 * (not indented, not a heading Word would list in the navigation pane).
 */
function attachmentLabelParagraph(label: string): Paragraph {
  return new Paragraph({ style: paragraphStyleId('body'), indent: { firstLine: 0, firstLineChars: 0 }, keepNext: true, children: [textRun(label, 'part')] });
}

/** Without a written explanation, the template built from the plan is exported. */
export async function exportExplanation(plan: Plan, doc?: ExplanationDoc): Promise<Buffer> {
  // Parsed because a stored or edited document reaches here from outside TypeScript's view.
  const explanation = ExplanationDoc.parse(doc ?? buildExplanationTemplate(plan));
  const paragraphs = explanation.blocks.map((block) => {
    const level = BLOCK_LEVEL[block.style];
    // One plain run: every segment is in the paragraph's style.
    const text = block.segments.map((segment) => segmentText(plan, segment)).join('');
    return levelParagraph(level, text, { keepNext: block.style !== 'body' });
  });
  const title = titleParagraph(explanation.title, { breaks: drafterBreaks(plan.title, plan.titleBreak) });
  const label = plan.attachmentLabel?.trim();
  const children = label ? [attachmentLabelParagraph(label), title, ...paragraphs] : [title, ...paragraphs];
  return packDocument({
    title: explanation.title,
    author: plan.draftingUnit,
    sections: [buildSection({ orientation: 'portrait', children })],
  });
}
