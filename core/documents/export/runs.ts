// Runs and paragraphs in the named styles of style-sheet.ts. A paragraph names its level's style
// (公文正文, 一级标题 …) and a run carries no properties unless it differs from its paragraph:
// then it carries its own level's, the font in all four slots (Word picks the East-Asian slot for
// Chinese text, and a font only in ascii shows Chinese in the Latin fallback).
import { AlignmentType, Bookmark, Paragraph, TextRun, type IContext, type IParagraphOptions, type IXmlableObject, type ParagraphChild, LineRuleType } from 'docx';
import { LAYOUT, fontSlots, isTextLevel, paragraphStyleId, runProperties } from './style-sheet.ts';
import { LINE_PITCH, TITLE_SPACE_AFTER, type Level, type TextLevel } from './style.ts';
import { TITLE_CAPACITY, titleLayout } from '../../model/title-lines.ts';

export { fontSlots, runProperties };

/** A run that takes everything from its paragraph's style. */
export const plainRun = (text: string): TextRun => new TextRun(text);

/**
 * A run in a level's look wherever it goes: it carries the level's properties itself, as every
 * run did before the styles, so it looks the same in a paragraph made without one. Inside
 * levelParagraph and textParagraph a run of the paragraph's own level is written plain.
 */
class LevelRun extends TextRun {
  constructor(
    readonly runText: string,
    readonly level: Level,
  ) {
    super({ text: runText, ...runProperties(level) });
  }
}

export function textRun(text: string, level: Level): TextRun {
  return new LevelRun(text, level);
}

/** Word keeps bookmark names of at most 40 characters that begin with a letter. */
const BOOKMARK_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

function checkBookmarkName(name: string): void {
  if (!BOOKMARK_NAME.test(name)) throw new Error(`书签名“${name}”不符合 Word 的要求（字母开头、不超过40个字符）。`);
}

/** The run wrapped in a bookmark when a name is given, so a returned copy can be mapped back. */
export function bookmarked(run: TextRun, name: string | undefined): ParagraphChild {
  if (name === undefined) return run;
  checkBookmarkName(name);
  return new Bookmark({ id: name, children: [run] });
}

/** A bookmark around one level's run, remembered so a paragraph of that level can write the run plain. */
class LevelBookmark extends Bookmark {
  constructor(
    readonly run: LevelRun,
    readonly name: string,
  ) {
    super({ id: name, children: [run] });
  }
}

/** A run wrapped in a bookmark when a name is given, so a returned copy can be mapped back. */
export function bookmarkedRun(text: string, level: Level, name: string | undefined): ParagraphChild {
  const run = new LevelRun(text, level);
  if (name === undefined) return run;
  checkBookmarkName(name);
  return new LevelBookmark(run, name);
}

/**
 * The w:pStyle of each style id, and the w:pPr holding only it, made once and shared by every
 * paragraph that names the style: docx's writer only reads them.
 */
const styleReferences = new Map<string, { reference: IXmlableObject; properties: IXmlableObject }>();

function styleXml(styleId: string): { reference: IXmlableObject; properties: IXmlableObject } {
  let xml = styleReferences.get(styleId);
  if (xml === undefined) {
    // Frozen, so a writer that changed one in place would fail loudly, not restyle every paragraph.
    const reference = Object.freeze({ 'w:pStyle': Object.freeze({ _attr: Object.freeze({ 'w:val': styleId }) }) });
    xml = { reference, properties: Object.freeze({ 'w:pPr': Object.freeze([reference]) }) };
    styleReferences.set(styleId, xml);
  }
  return xml;
}

const styleReference = (styleId: string): IXmlableObject => styleXml(styleId).reference;
const propertiesOf = (styleId: string): IXmlableObject => styleXml(styleId).properties;

/**
 * A paragraph that names its style and nothing else, which is most paragraphs of an export.
 * It writes what `new Paragraph({ style, … })` writes, `<w:pPr><w:pStyle w:val="…"/></w:pPr>`,
 * but from one shared object: docx builds a properties component, an element and an attribute
 * object for every `style` paragraph and serialises each, and for a 5,000-measure plan that
 * churn made the export half again as slow as the bare text. Properties docx adds itself (the
 * w:sectPr of a paragraph that ends a section) keep their place after the style.
 */
class StyledParagraph extends Paragraph {
  private readonly styleId: string;

  constructor(styleId: string, content: string | ParagraphChild[]) {
    super(typeof content === 'string' ? content : { children: content });
    this.styleId = styleId;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const xml = super.prepForXml(context);
    const children: unknown = xml?.['w:p'];
    // An empty paragraph: docx writes its content as a shared empty object.
    if (!Array.isArray(children) || children.length === 0) return { 'w:p': [propertiesOf(this.styleId)] };
    // The array is the one docx just made for this paragraph, so it is changed in place.
    const first: unknown = children[0];
    if (typeof first === 'object' && first !== null && 'w:pPr' in first) {
      const own: unknown = first['w:pPr'];
      children[0] = { 'w:pPr': [styleReference(this.styleId), ...(Array.isArray(own) ? own : [own])] };
    } else {
      children.unshift(propertiesOf(this.styleId));
    }
    return xml;
  }

  /** A copy with other options, as docx's own paragraphs make one: the style goes along. */
  override with(options: IParagraphOptions): Paragraph {
    return new Paragraph({ ...this.options, style: this.styleId, ...options });
  }
}

/**
 * Strings become plain runs, and so do textRun and bookmarkedRun runs of the paragraph's own
 * level; runs of another level keep their own properties. (A level without condensing set in a
 * 3号 text paragraph is condensed with it: docx cannot write a zero w:spacing to undo the style's.)
 */
function inParagraph(level: Level, child: string | ParagraphChild): ParagraphChild {
  if (typeof child === 'string') return plainRun(child);
  if (child instanceof LevelRun && child.level === level) return plainRun(child.runText);
  if (child instanceof LevelBookmark && child.run.level === level) return bookmarked(plainRun(child.run.runText), child.name);
  return child;
}

/** The level of the first textRun or bookmarkedRun among the children, if any. */
function firstLevel(children: readonly (string | ParagraphChild)[]): Level | undefined {
  for (const child of children) {
    if (child instanceof LevelRun) return child.level;
    if (child instanceof LevelBookmark) return child.run.level;
  }
  return undefined;
}

/**
 * A 公文 text paragraph in its level's style (一级标题 … 公文正文): justified, indented two
 * characters, 22 lines to the page, headings kept with the next paragraph. Children may be
 * strings (plain runs), textRun/bookmarkedRun runs or any other paragraph child. `keepNext`
 * defaults to what the style says; only a paragraph that differs writes it.
 */
export function levelParagraph(level: TextLevel, children: string | readonly (string | ParagraphChild)[], options: { keepNext?: boolean } = {}): Paragraph {
  const style = paragraphStyleId(level);
  const content = typeof children === 'string' ? children : children.map((child) => inParagraph(level, child));
  const styleKeepsNext = LAYOUT[level].keepNext === true;
  if (options.keepNext === undefined || options.keepNext === styleKeepsNext) return new StyledParagraph(style, content);
  const keepNext = options.keepNext;
  return typeof content === 'string' ? new Paragraph({ style, keepNext, text: content }) : new Paragraph({ style, keepNext, children: content });
}

/**
 * A 公文 text paragraph from runs (textRun, bookmarkedRun or any other). Its style is `level`,
 * or else the level of its first textRun when that is a text level, or 公文正文. Not kept with
 * the next paragraph unless `keepNext` says so.
 */
export function textParagraph(children: ParagraphChild[], options: { keepNext?: boolean; level?: TextLevel } = {}): Paragraph {
  const first = firstLevel(children);
  const level: TextLevel = options.level ?? (first !== undefined && isTextLevel(first) ? first : 'body');
  return levelParagraph(level, children, { keepNext: options.keepNext === true });
}

/**
 * The document title: 2号 小标宋, centred, one empty line below (公文标题). A title longer than
 * a line is broken at word boundaries into balanced lines (title-lines.ts), written as line
 * breaks in the one paragraph; a draft mark such as （征求意见稿） goes on a line of its own
 * under it, in the title's style. `breaks` are the drafter's own lines of the plan title.
 */
export function titleParagraph(text: string, options: { orientation?: 'portrait' | 'landscape'; mark?: string; breaks?: string[] | null } = {}): Paragraph {
  const layout = titleLayout(text, { capacity: TITLE_CAPACITY[options.orientation ?? 'portrait'], mark: options.mark, breaks: options.breaks });
  if (layout.lines.length <= 1 && layout.mark === '') return new StyledParagraph(paragraphStyleId('title'), layout.lines[0] ?? '');
  const children: ParagraphChild[] = layout.lines.map((line, i) => (i === 0 ? plainRun(line) : new TextRun({ text: line, break: 1 })));
  if (layout.mark !== '') children.push(new TextRun({ text: layout.mark, break: 1 }));
  return new StyledParagraph(paragraphStyleId('title'), children);
}

/** The height titleParagraph takes on its page, in twips: its lines at the title's exact pitch and the empty line below. */
export function titleBlockHeight(text: string, options: { orientation?: 'portrait' | 'landscape'; mark?: string; breaks?: string[] | null } = {}): number {
  const layout = titleLayout(text, { capacity: TITLE_CAPACITY[options.orientation ?? 'portrait'], mark: options.mark, breaks: options.breaks });
  return (Math.max(1, layout.lines.length) + (layout.mark === '' ? 0 : 1)) * LINE_PITCH + TITLE_SPACE_AFTER;
}

/** A paragraph inside a table cell (表头 or 表格文字): single spacing, so rows stay compact. */
export function cellParagraph(text: string, level: 'tableHeader' | 'tableCell', center: boolean, options: { exactLines?: boolean } = {}): Paragraph {
  const alignment = center ? AlignmentType.CENTER : AlignmentType.LEFT;
  // exact lines: a layout that computes row heights (the 按页分段 task table) cannot let them grow
  const spacing = options.exactLines ? { ...LAYOUT[level].spacing, lineRule: LineRuleType.EXACT } : undefined;
  if (alignment === LAYOUT[level].alignment && spacing === undefined) return new StyledParagraph(paragraphStyleId(level), text);
  return new Paragraph({ style: paragraphStyleId(level), alignment, spacing, text });
}
