// Runs and paragraphs with the fonts and spacing of style.ts. Every run names its font in all
// four slots: Word picks the East-Asian slot for Chinese text, and a run that only sets
// ascii shows Chinese in the Latin fallback.
import {
  AlignmentType,
  Bookmark,
  LineRuleType,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import {
  FIRST_LINE_INDENT,
  LEVEL,
  LINE_PITCH,
  TABLE_LINE,
  TITLE_SPACE_AFTER,
  ptToHalfPoints,
  type Level,
  type RunStyle,
} from './style.ts';

export function fontSlots(font: string) {
  return { ascii: font, hAnsi: font, eastAsia: font, cs: font };
}

/** The run properties of a level, for TextRun and for document defaults alike. */
export function runProperties(level: Level) {
  const style: RunStyle = LEVEL[level];
  const size = ptToHalfPoints(style.pt);
  return {
    font: fontSlots(style.font),
    characterSpacing: style.condense,
    size,
    sizeComplexScript: size,
    bold: style.bold,
    boldComplexScript: style.bold,
  };
}

export function textRun(text: string, level: Level): TextRun {
  return new TextRun({ text, ...runProperties(level) });
}

/** Word keeps bookmark names of at most 40 characters that begin with a letter. */
const BOOKMARK_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

/** A run wrapped in a bookmark when a name is given, so a returned copy can be mapped back. */
export function bookmarkedRun(text: string, level: Level, name: string | undefined): ParagraphChild {
  const run = textRun(text, level);
  if (name === undefined) return run;
  if (!BOOKMARK_NAME.test(name)) throw new Error(`书签名“${name}”不符合 Word 的要求（字母开头、不超过40个字符）。`);
  return new Bookmark({ id: name, children: [run] });
}

const exactLine = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

/**
 * A 公文 text paragraph: justified, indented two characters, 22 lines to the page. 孤行控制 is
 * off, as in the usual 公文 templates: with it on, a page ends a line short to avoid an orphan.
 */
export function textParagraph(children: ParagraphChild[], options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT.twips, firstLineChars: FIRST_LINE_INDENT.chars },
    spacing: exactLine,
    keepNext: options.keepNext,
    widowControl: false,
  });
}

/** The document title: 2号 小标宋, centred, one empty line below. */
export function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    children: [textRun(text, 'title')],
    alignment: AlignmentType.CENTER,
    spacing: { ...exactLine, after: TITLE_SPACE_AFTER },
    keepNext: true,
  });
}

/** A paragraph inside a table cell: single spacing, so rows stay compact. */
export function cellParagraph(text: string, level: 'tableHeader' | 'tableCell', center: boolean): Paragraph {
  return new Paragraph({
    children: [textRun(text, level)],
    alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { line: TABLE_LINE, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
  });
}
