// The blank 意见反馈表 a unit receives with the 征求意见稿 (DOMAIN.md columns: 序号 | 章节/条款 |
// 原文 | 修改意见 | 理由依据, header 反馈单位 / 联系人 / 电话 / 日期). Its column names are the
// ones the intake looks for, so a form filled in and sent back is read without guessing.
import { AlignmentType, HeightRule, Paragraph, Table, TableCell, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { cellParagraph, textParagraph, textRun, titleParagraph } from './runs.ts';
import { buildSection, packDocument, type Orientation } from './section.ts';
import { fixedTable, widthsFromWeights } from './table-grid.ts';

export const FEEDBACK_FORM_TITLE = '意见反馈表';
export const FEEDBACK_COLUMNS = ['序号', '章节/条款', '原文', '修改意见', '理由依据'] as const;
const FEEDBACK_WEIGHTS = [6, 14, 28, 30, 22];
export const FEEDBACK_BLANK_ROWS = 8;
/** 8 mm a row: the eight blank rows, the title and the note fit one landscape page (a unit prints one sheet). */
const FEEDBACK_ROW_HEIGHT = 460;

export interface FeedbackFormInfo {
  planTitle: string;
  unit: string;
  contact: string;
  phone: string;
  /** "2024年3月1日", or '' when the round has no due date. */
  due: string;
  /** The drafting unit that sends the form: the file's author. */
  author?: string;
}

/** A plain grid with a repeated header row: the feedback form and the 意见采纳情况表 share it. */
export function gridTable(options: {
  headers: readonly string[];
  weights: number[];
  rows: string[][];
  centered: number[];
  orientation: Orientation;
  /** Twips; blank rows of a form to be filled in by hand need room to write. */
  minRowHeight?: number;
}): Table {
  // the rounding remainder goes to the widest column
  const widths = widthsFromWeights(options.weights, options.orientation, options.weights.indexOf(Math.max(...options.weights)));
  const cell = (paragraphs: Paragraph[], width: number) =>
    new TableCell({ children: paragraphs, width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.CENTER });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: options.headers.map((h, c) => cell([cellParagraph(h, 'tableHeader', true)], widths[c])),
  });
  const body = options.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        height: options.minRowHeight ? { value: options.minRowHeight, rule: HeightRule.ATLEAST } : undefined,
        // a line break in the text (a folded reply) starts a new paragraph: Word shows "\n" in a run as a space
        children: row.map((text, c) =>
          cell(
            text.split('\n').map((line) => cellParagraph(line, 'tableCell', options.centered.includes(c))),
            widths[c],
          ),
        ),
      }),
  );
  return fixedTable([header, ...body], widths);
}

/** The plan's title under a table's title: centred, body size. */
export function subtitleParagraph(text: string): Paragraph {
  return new Paragraph({ children: [textRun(text, 'body')], alignment: AlignmentType.CENTER, keepNext: true });
}

export function feedbackFormHeaderLine(info: Pick<FeedbackFormInfo, 'unit' | 'contact' | 'phone'>): string {
  return `反馈单位：${info.unit}　联系人：${info.contact || '　　　'}　电话：${info.phone || '　　　　'}　日期：　　　　`;
}

export async function exportFeedbackForm(info: FeedbackFormInfo): Promise<Buffer> {
  const rows = Array.from({ length: FEEDBACK_BLANK_ROWS }, (_, i) => [String(i + 1), '', '', '', '']);
  const children = [
    titleParagraph(FEEDBACK_FORM_TITLE),
    subtitleParagraph(`《${info.planTitle}》`),
    textParagraph([textRun(feedbackFormHeaderLine(info), 'body')]),
    gridTable({ headers: FEEDBACK_COLUMNS, weights: FEEDBACK_WEIGHTS, rows, centered: [0], orientation: 'landscape', minRowHeight: FEEDBACK_ROW_HEIGHT }),
    textParagraph([
      textRun(
        `注：请在“章节/条款”栏写明条款序号（如“（三）2.”），在“原文”栏摘录原文；无意见的，请在“修改意见”栏填写“无意见”。${info.due ? `请于${info.due}前反馈。` : ''}`,
        'body',
      ),
    ]),
  ];
  return packDocument({ title: FEEDBACK_FORM_TITLE, author: info.author, sections: [buildSection({ orientation: 'landscape', children })] });
}
