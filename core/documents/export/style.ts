// Every GB/T 9704-2012 (党政机关公文格式) number the exporters use, in one place, so a
// drafter's complaint about "the margins are off" has exactly one file to look at.
// Units: twips (1/20 pt, 1/1440 inch) unless a name says otherwise; docx sizes are half-points.

/**
 * Rounds to the nearest twip. docx's own mm helper floors, which turns 37 mm into 2097
 * instead of the 2098 that Word shows as "3.7 厘米".
 */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export const ptToTwips = (pt: number): number => Math.round(pt * 20);
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);

/** A4 portrait; a landscape section passes the same numbers and lets docx swap them. */
export const PAGE = { width: mmToTwips(210), height: mmToTwips(297) } as const; // 11906 × 16838

/** 天头 37 mm, 订口 28 mm, 地脚 35 mm, 切口 26 mm → text block 156 × 225 mm. */
export const MARGIN = {
  top: mmToTwips(37), // 2098
  bottom: mmToTwips(35), // 1984
  left: mmToTwips(28), // 1587
  right: mmToTwips(26), // 1474
} as const;

export const TEXT_BLOCK = {
  width: PAGE.width - MARGIN.left - MARGIN.right, // 8845
  height: PAGE.height - MARGIN.top - MARGIN.bottom, // 12756
} as const;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/**
 * 579 twips ≈ 28.95 pt, as exact line spacing on every text paragraph. Floored, not rounded:
 * 22 × 580 would overflow the 225 mm block and push the 22nd line onto the next page.
 * The section's docGrid carries the same pitch but stays switched off: LibreOffice gives a 2号
 * title line two grid lines despite its exact spacing, and docx@9 cannot write the paragraph
 * switch (w:pPr/w:snapToGrid) that would exempt the title.
 */
export const LINE_PITCH = Math.floor(TEXT_BLOCK.height / LINES_PER_PAGE);

/** 3号, the body size the 28 characters per line are counted in. */
export const BODY_PT = 16;

/**
 * 28 × 16 pt is wider than 156 mm, so 3号 text is condensed (w:spacing, in twips) just enough
 * for exactly 28 characters: −5 twips (−0.25 pt) gives a 15.75 pt pitch. Word's character grid
 * (docGrid linesAndChars, charSpace −842) would do the same in Word, but LibreOffice lays such a
 * grid out at 14–18 characters per line; condensing reads the same in Word, WPS and LibreOffice.
 */
export const BODY_CONDENSE = -Math.ceil(ptToTwips(BODY_PT) - TEXT_BLOCK.width / CHARS_PER_LINE);

/** First-line indent of two characters: Word uses the Chars form, others the twips. */
export const FIRST_LINE_INDENT = { twips: ptToTwips(BODY_PT * 2), chars: 200 } as const; // 640

export const FONT = {
  title: '方正小标宋简体',
  hei: '黑体',
  kai: '楷体_GB2312',
  fangSong: '仿宋_GB2312',
  song: '宋体',
} as const;

/** What a run of each level looks like; a paragraph's layout is chosen in style-sheet.ts. */
export interface RunStyle {
  font: string;
  pt: number;
  bold: boolean;
  /** Character spacing in twips; only the 3号 text levels are condensed. */
  condense?: number;
}

export const LEVEL = {
  title: { font: FONT.title, pt: 22, bold: false }, // 2号
  /** "一、" */
  part: { font: FONT.hei, pt: BODY_PT, bold: false, condense: BODY_CONDENSE },
  /** "（一）" */
  aspect: { font: FONT.kai, pt: BODY_PT, bold: false, condense: BODY_CONDENSE },
  /** "1.": 仿宋, not bold — reviewers send a plan back whose "1." headings stand out in bold (issue 23) */
  keyTask: { font: FONT.fangSong, pt: BODY_PT, bold: false, condense: BODY_CONDENSE },
  /** "（1）" and plain body text */
  body: { font: FONT.fangSong, pt: BODY_PT, bold: false, condense: BODY_CONDENSE },
  /** "— 1 —", 4号 */
  pageNumber: { font: FONT.song, pt: 14, bold: false },
  /**
   * Tables are dense (8 columns on 243 mm): 五号, as task tables are printed, not 3号; at 小四 the
   * 205-measure sample's 任务分工表 ran to 35 pages, at 五号 28 (LibreOffice).
   */
  tableHeader: { font: FONT.hei, pt: 10.5, bold: false },
  tableCell: { font: FONT.fangSong, pt: 10.5, bold: false },
} as const satisfies Record<string, RunStyle>;

export type Level = keyof typeof LEVEL;

/**
 * The named styles every export defines once (style-sheet.ts): a paragraph names its level's
 * style and its runs carry nothing of their own, so a 5,000-measure plan does not repeat the
 * fonts 20,000 times, and a drafter who restyles 一级标题 in Word restyles every one. Ids are
 * ASCII, as Word and LibreOffice key styles by id; names are what the drafter sees in the style
 * list. A run set in another level's look than its paragraph carries that level's properties
 * itself (runs.ts). Word's Normal stays as docx writes it, without formatting: a paragraph an exporter makes with
 * plain `new Paragraph(…)` looks as it did before these styles.
 */
export const STYLE = {
  title: { id: 'GwTitle', name: '公文标题' },
  part: { id: 'GwHeading1', name: '一级标题' },
  aspect: { id: 'GwHeading2', name: '二级标题' },
  keyTask: { id: 'GwHeading3', name: '三级标题' },
  body: { id: 'GwBody', name: '公文正文' },
  pageNumber: { id: 'GwPageNumber', name: '页码' },
  tableHeader: { id: 'GwTableHeader', name: '表头' },
  tableCell: { id: 'GwTableText', name: '表格文字' },
} as const satisfies Record<Level, { id: string; name: string }>;

/** The levels laid out as 公文 text (justified, indented, 22 lines to the page); the others have their own layout. */
export const TEXT_LEVELS = ['part', 'aspect', 'keyTask', 'body'] as const satisfies readonly Level[];
export type TextLevel = (typeof TEXT_LEVELS)[number];

/** One empty line under the title, as the standard lays out 标题 and 正文. */
export const TITLE_SPACE_AFTER = LINE_PITCH;

/** Page number: one character (of its own 4号 size) in from the outer edge of the text block. */
export const PAGE_NUMBER_INDENT = ptToTwips(LEVEL.pageNumber.pt); // 280

/**
 * The number's top sits 7 mm under the text block: the footer distance is measured from the
 * page edge to the footer's last line, so subtract one 4号 line from 35 − 7 mm.
 */
export const FOOTER_DISTANCE = mmToTwips(35 - 7) - ptToTwips(LEVEL.pageNumber.pt); // 1307
export const HEADER_DISTANCE = mmToTwips(15);

/** The page number's dashes are 一字线 (U+2014) with a space each side of the digits. */
export const PAGE_NUMBER_BEFORE = '— ';
export const PAGE_NUMBER_AFTER = ' —';

/** Single line spacing in Word's "auto" rule (240 = 1.0 line), for the page number and table cells. */
export const SINGLE_LINE = 240;

/** Table cells: single line spacing, small padding so long 措施 text keeps its width. */
export const TABLE_LINE = SINGLE_LINE;
/**
 * The exact line height of table text (13 pt for 五号): single spacing, but fixed, so a row's
 * height is its number of lines times this in every word processor, and the 任务分工表 can
 * know where its pages break (task-layout.ts).
 */
export const TABLE_LINE_EXACT = 260;
/** One 五号 character of table text, in twips. */
export const TABLE_TEXT_TWIPS = 210;
export const TABLE_CELL_MARGIN = { top: 40, bottom: 40, left: 57, right: 57 } as const;

/**
 * Relative column widths of the task tables (序号 … 量化指标); a table spreads them over the
 * text width of its page, so a dropped column gives its share to the others.
 */
export const TASK_COLUMN_WEIGHT = {
  index: 5, // "序号" on one line
  aspect: 10,
  keyTask: 12,
  measure: 30,
  leadUnits: 11,
  supportUnits: 11,
  deadline: 11, // "2024年底前" on one line at 小四
  indicators: 10,
} as const;
