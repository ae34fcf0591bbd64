// The named styles every export defines once: 公文标题, 公文正文, 一级标题 … 页码. A paragraph
// names its level's style and its runs carry nothing of their own; the numbers all come from
// style.ts. Each style is written out in full (fonts in all four slots, size, condensing, bold,
// spacing, indent) even where its basedOn style says the same, so a reader that does not follow
// basedOn chains, or a drafter who edits 公文正文, does not change the headings' look.
import { AlignmentType, LineRuleType, type IParagraphPropertiesOptions, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import {
  FIRST_LINE_INDENT,
  LEVEL,
  LINE_PITCH,
  SINGLE_LINE,
  STYLE,
  TABLE_LINE_EXACT,
  TEXT_LEVELS,
  TITLE_SPACE_AFTER,
  ptToHalfPoints,
  type Level,
  type RunStyle,
  type TextLevel,
} from './style.ts';

export function fontSlots(font: string) {
  return { ascii: font, hAnsi: font, eastAsia: font, cs: font };
}

/** The run properties of a level, for styles, document defaults and a run set in its own look. */
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

/** The paragraph side of a level: what its style says about alignment, spacing and indent. */
export interface ParagraphLayout {
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
  spacing: { line: number; lineRule: (typeof LineRuleType)[keyof typeof LineRuleType]; before: number; after: number };
  indent?: { firstLine: number; firstLineChars: number };
  keepNext?: boolean;
  widowControl?: boolean;
  /** Word's outline level (0 = 一级): the navigation pane and a table of contents list the heading. */
  outlineLevel?: number;
}

const exactLine = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

/**
 * A 公文 text paragraph: justified, indented two characters, 22 lines to the page. 孤行控制 is
 * on: a reviewer sends back a page that holds the last line of a paragraph alone (a page may end
 * a line short for it, which reads better than a widow). Headings keep with the next paragraph
 * (a paragraph that must not says so itself) and carry their outline level, so Word's
 * navigation pane and a table of contents list 一级/二级/三级标题 without changing their look.
 */
const textLayout = (outlineLevel?: number): ParagraphLayout => ({
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: FIRST_LINE_INDENT.twips, firstLineChars: FIRST_LINE_INDENT.chars },
  spacing: exactLine,
  keepNext: outlineLevel !== undefined ? true : undefined,
  widowControl: true,
  outlineLevel,
});

export const LAYOUT: Record<Level, ParagraphLayout> = {
  /** 2号 小标宋, centred, one empty line below. */
  title: { alignment: AlignmentType.CENTER, spacing: { ...exactLine, after: TITLE_SPACE_AFTER }, keepNext: true },
  part: textLayout(0),
  aspect: textLayout(1),
  keyTask: textLayout(2),
  body: textLayout(),
  /** The footer paragraph sets its own side (odd right, even left). */
  pageNumber: { spacing: { line: SINGLE_LINE, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
  /**
   * Single spacing, so rows stay compact; "at least" rather than exact, so a drafter who enlarges
   * the table's font in Word gets taller lines, not clipped ones (the 按页分段 print layout sets
   * exact lines on its own paragraphs: it must know every row's height, task-layout.ts).
   */
  tableHeader: { alignment: AlignmentType.CENTER, spacing: { line: TABLE_LINE_EXACT, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 } },
  tableCell: { alignment: AlignmentType.LEFT, spacing: { line: TABLE_LINE_EXACT, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 } },
};

export const isTextLevel = (level: Level): level is TextLevel => (TEXT_LEVELS as readonly Level[]).includes(level);

/** The style a level's paragraph names. */
export const paragraphStyleId = (level: Level): string => STYLE[level].id;

/** The headings are 公文正文 in another font; the others only share Word's (empty) Normal. */
const BASED_ON: Partial<Record<Level, Level>> = { part: 'body', aspect: 'body', keyTask: 'body' };

const LEVELS = Object.keys(STYLE) as Level[];

function paragraphStyle(level: Level): IParagraphStyleOptions {
  const base = BASED_ON[level];
  // Typed as a paragraph's properties: docx writes widowControl in a style too, but its style
  // type leaves the option out.
  const paragraph: IParagraphPropertiesOptions = LAYOUT[level];
  return {
    id: paragraphStyleId(level),
    name: STYLE[level].name,
    basedOn: base === undefined ? 'Normal' : paragraphStyleId(base),
    next: isTextLevel(level) || level === 'title' ? paragraphStyleId('body') : undefined,
    quickFormat: true,
    run: runProperties(level),
    paragraph,
  };
}

/**
 * The document's styles. Document defaults carry the body font in all slots too, so empty
 * paragraphs and anything Word adds later start as 3号 仿宋, not Calibri. Condensing stays in the
 * styles that need it, so titles and table cells keep their natural width.
 */
function buildStyleSheet(): IStylesOptions {
  const { characterSpacing: _condense, ...bodyDefaults } = runProperties('body');
  return {
    default: {
      document: {
        // Latin text tagged en-US as Word writes it: tagged zh-CN, LibreOffice breaks "2024" mid-number.
        run: { ...bodyDefaults, language: { value: 'en-US', eastAsia: 'zh-CN' } },
      },
    },
    paragraphStyles: LEVELS.map(paragraphStyle),
  };
}

/** Built once: docx only reads the options, so every export can share them. */
export const STYLE_SHEET: IStylesOptions = buildStyleSheet();
