// The 起草说明 as a 公文. Bound segments are resolved here, from the plan as it is at export,
// so the exported counts and numbers cannot disagree with the plan.
import type { Plan } from '../../model/plan.ts';
import { ExplanationDoc, type Block } from '../../model/explanation.ts';
import { segmentText } from '../../model/resolve-binding.ts';
import { buildExplanationTemplate } from '../../model/explanation-template.ts';
import { attachmentLabelParagraphs } from './attachment-label.ts';
import { levelParagraph, titleParagraph } from './runs.ts';
import { drafterBreaks } from '../../model/title-lines.ts';
import { buildSection, packDocument } from './section.ts';
import type { TextLevel } from './style.ts';

const BLOCK_LEVEL: Record<Block['style'], TextLevel> = {
  heading1: 'part',
  heading2: 'aspect',
  body: 'body',
};

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
  // "附件2", an empty line, the title on the third line of the 版心 (attachment-label.ts)
  const children = [...attachmentLabelParagraphs(plan.attachmentLabel), title, ...paragraphs];
  return packDocument({
    title: explanation.title,
    author: plan.draftingUnit,
    sections: [buildSection({ orientation: 'portrait', children })],
  });
}
