import { beforeAll, describe, expect, it } from 'vitest';
import { exportAssignmentTable } from '../../../core/documents/export/assignment-table.ts';
import { planTaskRows } from '../../../core/documents/export/task-table.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { largePlan, smallPlan } from './fixtures.ts';
import { expectFontsInAllSlots, expectGbPage, expectGbStyles, expectPageNumbers } from './page-checks.ts';
import { exportAndRead, type DocxInfo } from './read-docx.ts';

const HEADER = ['序号', '方面', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限', '量化指标'];

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

  it('has one row per measure under a header row repeated on every page', () => {
    const [table] = info.tables;
    expect(info.tables).toHaveLength(1);
    expect(table.rows).toHaveLength(8 + 1);
    expect(table.rows[0].header).toBe(true);
    expect(table.rows[0].cells.map((c) => c.text)).toEqual(HEADER);
    expect(table.rows.slice(1).every((r) => !r.header)).toBe(true);
    expect(table.rows.slice(1).map((r) => r.cells[0].text)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(table.rows[0].cells[0]).toMatchObject({ eastAsia: '黑体', sizePt: 10.5, bold: false });
    expect(table.rows[1].cells[3]).toMatchObject({ eastAsia: '仿宋_GB2312', sizePt: 10.5, bold: false });
    for (const row of table.rows) for (const cell of row.cells) if (cell.text !== '') expect(cell.sizePt).toBe(10.5);
  });

  it('fills a row from its measure, with linked indicators as 量化指标', () => {
    const row = info.tables[0].rows[3].cells.map((c) => c.text);
    expect(row).toEqual([
      '3',
      '',
      '加强产品源头替代',
      '推进工业涂装企业低挥发性原辅材料替代。',
      '区生态环境局',
      '区城市管理委、怀柔镇',
      '2024年底前',
      'PM2.5年均浓度≤28微克/立方米；优良天数比率≥78%',
    ]);
  });

  it('merges 方面 and 重点任务 down the rows they span', () => {
    const rows = info.tables[0].rows.slice(1);
    const merge = (column: number) => rows.map((r) => r.cells[column].vMerge);
    expect(merge(1)).toEqual(['restart', 'continue', 'continue', 'restart', 'continue', 'restart', 'continue', 'continue']);
    expect(merge(2)).toEqual(['restart', 'continue', 'restart', 'restart', 'continue', 'restart', 'continue', 'restart']);
    expect(rows.map((r) => r.cells[1].text)).toEqual([
      '实施挥发性有机物（VOCs）治理专项行动',
      '',
      '',
      '提升城市环境精细化管控水平',
      '',
      '水环境治理',
      '',
      '',
    ]);
    expect(merge(3).every((m) => m === null)).toBe(true);
  });

  it('drops 量化指标 when no measure links an indicator', async () => {
    const bare: Plan = structuredClone(plan);
    for (const { measure } of planTaskRows(bare)) measure.indicatorIds = [];
    const bareInfo = await exportAndRead(exportAssignmentTable(bare), 'bare.docx');
    expect(bareInfo.tables[0].rows[0].cells.map((c) => c.text)).toEqual(HEADER.slice(0, 7));
  });

  it('lists all 205 measures of a seed-sized plan', async () => {
    const large = largePlan();
    const largeInfo = await exportAndRead(exportAssignmentTable(large), 'large-assignment.docx');
    // one table per page, each with its header row
    const rows = largeInfo.tables.flatMap((t) => t.rows.filter((r) => !r.header));
    expect(largeInfo.tables.every((t) => t.rows[0].header)).toBe(true);
    expect(rows).toHaveLength(205);
    expect(rows.map((r) => r.cells[0].text)).toEqual(Array.from({ length: 205 }, (_, i) => String(i + 1)));
    // 24 aspects and 92 key tasks each start exactly one merged run; a page that carries one on repeats it with （续）
    const starts = (column: number) => rows.filter((r) => r.cells[column].vMerge === 'restart' && !r.cells[column].text.endsWith('（续）'));
    expect(starts(1)).toHaveLength(24);
    expect(starts(2)).toHaveLength(92);
  });
});
