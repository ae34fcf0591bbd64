import { beforeAll, describe, expect, it } from 'vitest';
import { exportAssignmentTable } from '../../../core/documents/export/assignment-table.ts';
import { planTaskRows } from '../../../core/documents/export/task-table.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { largePlan, smallPlan } from './fixtures.ts';
import { expectFontsInAllSlots, expectGbPage, expectGbStyles, expectPageNumbers } from './page-checks.ts';
import { exportAndRead, type DocxInfo } from './read-docx.ts';

const HEADER = ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限', '量化指标'];
/** A row's text as a reader sees it: a full-width group row is its one cell. */
const texts = (row: { cells: { text: string }[] }) => row.cells.map((c) => c.text);
const isGroup = (row: { cells: { span: number }[] }) => row.cells.length === 1 && row.cells[0].span > 1;

describe('exportAssignmentTable', () => {
  const plan = smallPlan();
  let info: DocxInfo;
  beforeAll(async () => {
    info = await exportAndRead(exportAssignmentTable(plan), 'assignment.docx');
  });

  it('is a landscape A4 page with the same margin on each side, page numbers and fonts', () => {
    expectGbPage(info.sections[0], 'landscape');
    expectPageNumbers(info);
    expectFontsInAllSlots(info);
    expectGbStyles(info);
    expect(info.paragraphs[0]).toMatchObject({ alignment: 'center', style: '公文标题' });
    expect(info.paragraphs[0].text.replace(/\n/g, '')).toBe(`${plan.title}任务分工表`);
    expect(info.paragraphs[0].runs[0]).toMatchObject({ eastAsia: '方正小标宋简体', sizePt: 22 });
  });

  it('is one continuous table: header repeated on every page, rows that do not split, 部分 and 方面 as full-width rows', () => {
    const [table] = info.tables;
    expect(info.tables).toHaveLength(1);
    expect(table.rows[0].header).toBe(true);
    expect(texts(table.rows[0])).toEqual(HEADER);
    expect(table.rows.slice(1).every((r) => !r.header)).toBe(true);
    expect(table.rows.every((r) => r.cantSplit)).toBe(true);
    const groups = table.rows.filter(isGroup);
    expect(groups.map((r) => r.cells[0].text)).toEqual([
      '一、大气污染防治',
      '（一）实施挥发性有机物（VOCs）治理专项行动',
      '（二）提升城市环境精细化管控水平',
      '二、水污染防治',
      '（一）水环境治理',
    ]);
    expect(groups.every((r) => r.cells[0].span === HEADER.length)).toBe(true);
    // 部分 in 黑体 like the header, 方面 in the table text
    expect(groups[0].cells[0]).toMatchObject({ eastAsia: '黑体', sizePt: 10.5 });
    expect(groups[1].cells[0]).toMatchObject({ eastAsia: '仿宋_GB2312', sizePt: 10.5 });
    // 序号 counts the measures 1…8: every number a reader counts from the rows
    const measures = table.rows.slice(1).filter((r) => !isGroup(r));
    expect(measures.map((r) => r.cells[0].text)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(table.rows[0].cells[0]).toMatchObject({ eastAsia: '黑体', sizePt: 10.5, bold: false });
    expect(measures[0].cells[2]).toMatchObject({ eastAsia: '仿宋_GB2312', sizePt: 10.5, bold: false });
    for (const row of table.rows) for (const cell of row.cells) if (cell.text !== '') expect(cell.sizePt).toBe(10.5);
  });

  it('fills a row from its measure, with linked indicators as 量化指标', () => {
    const row = info.tables[0].rows.filter((r) => !isGroup(r))[3];
    expect(texts(row)).toEqual([
      '3',
      '加强产品源头替代',
      '推进工业涂装企业低挥发性原辅材料替代。',
      '区生态环境局',
      '区城市管理委、怀柔镇',
      '2024年底前',
      'PM2.5年均浓度≤28微克/立方米；优良天数比率≥78%',
    ]);
  });

  it('merges 重点任务 down its own rows only', () => {
    const rows = info.tables[0].rows.slice(1).filter((r) => !isGroup(r));
    expect(rows.map((r) => r.cells[1].vMerge)).toEqual(['restart', 'continue', 'restart', 'restart', 'continue', 'restart', 'continue', 'restart']);
    expect(rows.map((r) => r.cells[1].text)).toEqual(['推广新能源汽车', '', '加强产品源头替代', '狠抓扬尘管控', '', '强化城乡生活污染治理', '', '加强汛期污染防治']);
    expect(rows.every((r) => r.cells.slice(2).every((c) => c.vMerge === null))).toBe(true);
  });

  it('sizes columns from the text: 牵头单位 at least six characters, deadlines on one line', () => {
    const { widths } = info.tables[0];
    const chars = (twips: number) => (twips - 114) / 210;
    expect(chars(widths[HEADER.indexOf('牵头单位')])).toBeGreaterThanOrEqual(6);
    expect(chars(widths[HEADER.indexOf('完成时限')])).toBeGreaterThanOrEqual('2024年底前'.length - 1.5);
    // 具体措施 holds the most text and gets the most room
    expect(Math.max(...widths)).toBe(widths[HEADER.indexOf('具体措施')]);
  });

  it('drops 量化指标 when no measure links an indicator', async () => {
    const bare: Plan = structuredClone(plan);
    for (const { measure } of planTaskRows(bare)) measure.indicatorIds = [];
    const bareInfo = await exportAndRead(exportAssignmentTable(bare), 'bare.docx');
    expect(texts(bareInfo.tables[0].rows[0])).toEqual(HEADER.slice(0, 6));
  });

  it('lists all 205 measures of a seed-sized plan in one table with 5 部分 and 24 方面 rows', async () => {
    const large = largePlan();
    const largeInfo = await exportAndRead(exportAssignmentTable(large), 'large-assignment.docx');
    expect(largeInfo.tables).toHaveLength(1);
    const rows = largeInfo.tables[0].rows.slice(1);
    const measures = rows.filter((r) => !isGroup(r));
    expect(measures.map((r) => r.cells[0].text)).toEqual(Array.from({ length: 205 }, (_, i) => String(i + 1)));
    const groups = rows.filter(isGroup).map((r) => r.cells[0].text);
    expect(groups.filter((t) => /^[一二三四五六七八九十]+、/.test(t))).toHaveLength(5);
    expect(groups.filter((t) => /^（[一二三四五六七八九十]+）/.test(t))).toHaveLength(24);
    expect(measures.filter((r) => r.cells[1].vMerge === 'restart')).toHaveLength(92);
    expect(rows.some((r) => r.cells.some((c) => c.text.endsWith('（续）')))).toBe(false);
  });

  it('keeps the page-sized pieces only as the explicit print layout', async () => {
    const large = largePlan();
    const pieces = await exportAndRead(exportAssignmentTable(large, { layout: 'pages' }), 'pieces.docx');
    expect(pieces.tables.length).toBeGreaterThan(5);
    expect(pieces.tables.every((t) => t.rows[0].header)).toBe(true);
    expect(pieces.tables.flatMap((t) => t.rows.filter((r) => !r.header))).toHaveLength(205);
  });
});
