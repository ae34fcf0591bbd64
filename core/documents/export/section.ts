// Page setup shared by every exporter: A4, GB/T 9704 margins, "— N —" page numbers, and the
// one Document/Packer call, so the four exporters only differ in their body content.
import { AlignmentType, Document, DocumentGridType, Footer, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type FileChild, type ISectionOptions } from 'docx';
import { STYLE_SHEET, paragraphStyleId } from './style-sheet.ts';
import { plainTitle } from '../../model/title-lines.ts';
import { FONT, FOOTER_DISTANCE, HEADER_DISTANCE, LINE_PITCH, MARGIN, PAGE, PAGE_NUMBER_AFTER, PAGE_NUMBER_BEFORE, PAGE_NUMBER_INDENT } from './style.ts';

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
 * The font table, with what Word should use on a machine without the 公文 fonts: 仿宋_GB2312 and
 * 楷体_GB2312 ship with older Windows only, 方正小标宋简体 with a font pack. w:altName names the
 * font Word and WPS substitute (仿宋, 楷体, 华文中宋); charset 86 (GB2312) and the family keep
 * a substitute Chinese and of the same kind (serif 宋 for the title, not a sans).
 */
const FONT_TABLE_ENTRIES: { name: string; altName?: string; family: 'roman' | 'modern' | 'swiss' | 'script' }[] = [
  { name: FONT.fangSong, altName: '仿宋', family: 'modern' },
  { name: FONT.kai, altName: '楷体', family: 'script' },
  { name: FONT.title, altName: '华文中宋', family: 'roman' },
  { name: FONT.hei, altName: 'SimHei', family: 'modern' },
  { name: FONT.song, altName: 'SimSun', family: 'roman' },
];

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const FONT_TABLE_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W_NS}">` +
  FONT_TABLE_ENTRIES.map(
    (f) =>
      `<w:font w:name="${escapeXml(f.name)}">${f.altName ? `<w:altName w:val="${escapeXml(f.altName)}"/>` : ''}` +
      `<w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`,
  ).join('') +
  '</w:fonts>';

/**
 * The .docx bytes, with the named styles of style-sheet.ts (公文标题, 公文正文, 一级标题 … 页码),
 * document defaults of 3号 仿宋 in all slots, the font table above, and document properties a
 * reviewer sees in Word's 属性: the document's title and the drafting unit as author (the app's
 * name only when the plan names no unit), never docx's "Un-named".
 */
export async function packDocument(options: { title: string; author?: string; sections: ISectionOptions[] }): Promise<Buffer> {
  const author = options.author?.trim() || '起草助手';
  const document = new Document({
    title: plainTitle(options.title),
    creator: author,
    lastModifiedBy: author,
    evenAndOddHeaderAndFooters: true,
    styles: STYLE_SHEET,
    sections: options.sections,
  });
  return Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: FONT_TABLE_XML }]);
}
