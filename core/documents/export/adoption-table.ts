// 意见采纳情况表: every comment with how it was handled (序号 | 提出单位 | 涉及条款 | 意见内容 |
// 处理情况 | 理由或修改情况), closed by the computed summary line of DOMAIN.md.
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
  /** 采纳 / 部分采纳 / 未采纳 / 待处理 */
  handling: string;
  reply: string;
}

export interface AdoptionTableData {
  planTitle: string;
  rows: AdoptionRow[];
  /** "共征求X个单位意见，收到Y个单位反馈意见Z条，其中采纳A条、部分采纳B条、未采纳C条，N个单位无意见。" */
  summary: string;
}

export async function exportAdoptionTable(data: AdoptionTableData): Promise<Buffer> {
  const rows = data.rows.map((r, i) => [String(i + 1), r.unit, r.clause, r.content, r.handling, r.reply]);
  const children = [
    titleParagraph(ADOPTION_TABLE_TITLE),
    subtitleParagraph(`《${data.planTitle}》`),
    gridTable({ headers: ADOPTION_COLUMNS, weights: ADOPTION_WEIGHTS, rows, centered: [0, 4], orientation: 'landscape' }),
    textParagraph([textRun(data.summary, 'body')]),
  ];
  return packDocument({ title: ADOPTION_TABLE_TITLE, sections: [buildSection({ orientation: 'landscape', children })] });
}
