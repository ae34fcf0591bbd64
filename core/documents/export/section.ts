// Page setup shared by every exporter: A4, GB/T 9704 margins, "— N —" page numbers, and the
// one Document/Packer call, so the four exporters only differ in their body content.
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import { STYLE_SHEET, paragraphStyleId } from './style-sheet.ts';
import {
  FOOTER_DISTANCE,
  HEADER_DISTANCE,
  LINE_PITCH,
  MARGIN,
  PAGE,
  PAGE_NUMBER_AFTER,
  PAGE_NUMBER_BEFORE,
  PAGE_NUMBER_INDENT,
} from './style.ts';

export type Orientation = 'portrait' | 'landscape';

/**
 * "— N —": odd pages at the right, even pages at the left, each one character in from the
 * edge. Word only uses the even footer when the settings say evenAndOddHeaders (packDocument).
 */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const odd = side === 'odd';
  return new Footer({
    children: [
      new Paragraph({
        // 页码: 4号 宋体, single spacing; the side is the paragraph's own.
        style: paragraphStyleId('pageNumber'),
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: PAGE_NUMBER_INDENT } : { left: PAGE_NUMBER_INDENT },
        children: [new TextRun({ children: [PAGE_NUMBER_BEFORE, PageNumber.CURRENT, PAGE_NUMBER_AFTER] })],
      }),
    ],
  });
}

/** Made once: a Footer only holds its paragraph, which docx reads, not changes, when it writes a document. */
const PAGE_NUMBER_FOOTERS = { default: pageNumberFooter('odd'), even: pageNumberFooter('even') };

/**
 * One section. A landscape page keeps each side's margin (top 37, bottom 35, left 28,
 * right 26 mm): the page number still needs the 35 mm at the bottom, and the binding edge
 * stays on the left. Lines and characters per page come from the paragraphs' exact spacing and
 * the runs' condensing (style.ts), not from a document grid.
 */
export function buildSection(options: { orientation: Orientation; children: FileChild[] }): ISectionOptions {
  return {
    properties: {
      page: {
        size: {
          width: PAGE.width,
          height: PAGE.height,
          // docx swaps width and height itself for a landscape page.
          orientation: options.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { ...MARGIN, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 },
      },
      // docx always writes a docGrid; "default" is no grid, and the pitch is right if a drafter turns one on.
      grid: { type: DocumentGridType.DEFAULT, linePitch: LINE_PITCH },
    },
    footers: PAGE_NUMBER_FOOTERS,
    children: options.children,
  };
}

/**
 * The .docx bytes, with the named styles of style-sheet.ts (公文标题, 公文正文, 一级标题 … 页码)
 * and document defaults of 3号 仿宋 in all slots.
 */
export async function packDocument(options: { title: string; sections: ISectionOptions[] }): Promise<Buffer> {
  const document = new Document({
    title: options.title,
    creator: '起草助手',
    evenAndOddHeaderAndFooters: true,
    styles: STYLE_SHEET,
    sections: options.sections,
  });
  return Packer.toBuffer(document);
}
