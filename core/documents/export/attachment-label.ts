// "附件2" above an attachment's title, as GB/T 9704 places it: the label on the first line of the
// 版心 in 3号 黑体 at the left margin, an empty line, and the title on the third line.
import { Paragraph } from 'docx';
import { levelParagraph, textRun } from './runs.ts';
import { paragraphStyleId } from './style-sheet.ts';

/** The label and the empty line under it; nothing when there is no label. */
export function attachmentLabelParagraphs(label: string | undefined): Paragraph[] {
  const text = label?.trim();
  if (!text) return [];
  return [
    // not indented, not a heading Word would list in the navigation pane
    new Paragraph({ style: paragraphStyleId('body'), indent: { firstLine: 0, firstLineChars: 0 }, keepNext: true, children: [textRun(text, 'part')] }),
    levelParagraph('body', '', { keepNext: true }),
  ];
}

/** "附件2" → "附件3": the label of the attachment after it; undefined when the label has no number. */
export function nextAttachmentLabel(label: string | undefined, step = 1): string | undefined {
  const m = /^附件(\d+)$/.exec(label?.trim() ?? '');
  return m ? `附件${Number(m[1]) + step}` : undefined;
}
