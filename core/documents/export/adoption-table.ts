// 意见采纳情况表: every comment with how it was handled (序号 | 提出单位 | 涉及条款 | 意见内容 |
// 处理情况 | 理由或修改情况), closed by the computed summary line of DOMAIN.md.
import { QicaoError } from '../../errors.ts';
import { attachmentLabelParagraphs } from './attachment-label.ts';
import { textParagraph, textRun, titleParagraph } from './runs.ts';
import { buildSection, packDocument } from './section.ts';
import { gridTable, subtitleParagraph } from './feedback-form.ts';

export const ADOPTION_TABLE_TITLE = '意见采纳情况表';
export const ADOPTION_COLUMNS = ['序号', '提出单位', '涉及条款', '意见内容', '处理情况', '理由或修改情况'] as const;
const ADOPTION_WEIGHTS = [5, 12, 16, 33, 9, 25];

export interface AdoptionRow {
  unit: string;
  clause: string;
  content: string;
  /** 采纳 / 部分采纳 / 不采纳 / 待处理 */
  handling: string;
  reply: string;
}

export interface AdoptionTableData {
  planTitle: string;
  rows: AdoptionRow[];
  /** "共征求X个单位意见，收到Y个单位反馈意见Z条，其中采纳A条、部分采纳B条、不采纳C条，另有P条待处理，N个单位无意见。" */
  summary: string;
  /** The drafting unit, the document's author. */
  author?: string;
  /** "附件3" above the title when the table goes out as an attachment. */
  attachmentLabel?: string;
}

export const EMPTY_ADOPTION_TABLE_MESSAGE = '意见采纳情况表中还没有任何意见，不能导出：请先导入各单位的反馈意见或录入意见。';

export async function exportAdoptionTable(data: AdoptionTableData): Promise<Buffer> {
  // a table of no rows says nothing a reviewer can sign; the summary line alone belongs in the 起草说明
  if (data.rows.length === 0) throw new QicaoError('bad-input', EMPTY_ADOPTION_TABLE_MESSAGE);
  const rows = data.rows.map((r, i) => [String(i + 1), r.unit, r.clause, r.content, r.handling, r.reply]);
  const children = [
    ...attachmentLabelParagraphs(data.attachmentLabel),
    titleParagraph(ADOPTION_TABLE_TITLE, { orientation: 'landscape' }),
    subtitleParagraph(`《${data.planTitle}》`),
    gridTable({ headers: ADOPTION_COLUMNS, weights: ADOPTION_WEIGHTS, rows, centered: [0, 4], orientation: 'landscape' }),
    textParagraph([textRun(data.summary, 'body')]),
  ];
  return packDocument({ title: ADOPTION_TABLE_TITLE, author: data.author, sections: [buildSection({ orientation: 'landscape', children })] });
}
