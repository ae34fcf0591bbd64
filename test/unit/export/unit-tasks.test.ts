import { describe, expect, it } from 'vitest';
import { NO_UNIT_TASKS_MESSAGE, exportUnitTasks } from '../../../core/documents/export/unit-tasks.ts';
import { smallPlan } from './fixtures.ts';
import { expectFontsInAllSlots, expectFormattingOnlyInStyles, expectGbPage, expectGbStyles, expectPageNumbers } from './page-checks.ts';
import { exportAndRead } from './read-docx.ts';

describe('exportUnitTasks', () => {
  const plan = smallPlan();

  it('lists what the unit leads, then what it supports', async () => {
    const info = await exportAndRead(exportUnitTasks(plan, '区生态环境局'), 'unit.docx');
    expectGbPage(info.sections[0], 'landscape');
    expectPageNumbers(info);
    expectFontsInAllSlots(info);
    expectGbStyles(info);
    expectFormattingOnlyInStyles(info);
    // the list names the plan it comes from (issue 23 point 7)
    expect(info.paragraphs.map((p) => p.text)).toEqual([
      '区生态环境局承担任务清单',
      `根据《${plan.title}》，区生态环境局承担牵头任务3项、配合任务2项，具体如下：`,
      '一、牵头任务（3项）',
      '二、配合任务（2项）',
    ]);
    expect(info.paragraphs.map((p) => p.style)).toEqual(['公文标题', '公文正文', '一级标题', '一级标题']);
    expect(info.paragraphs[2].runs[0]).toMatchObject({ eastAsia: '黑体', sizePt: 16, charSpacing: '-5' });
    // measure rows, not the full-width 部分/方面 rows (one cell)
    const [leads, supports] = info.tables.map((t) => ({ rows: [t.rows[0], ...t.rows.slice(1).filter((r) => r.cells.length > 1)] }));
    expect(leads.rows.slice(1).map((r) => r.cells[2].text)).toEqual(['推进工业涂装企业低挥发性原辅材料替代。', '降尘量控制在4.5吨/平方公里·月以内。', '开展汛期水质巡查。']);
    expect(supports.rows.slice(1).map((r) => r.cells[2].text)).toEqual(['新增和更新的公交车中新能源车比例达到100%。', '完成化学需氧量减排任务。']);
    for (const table of [leads, supports]) {
      expect(table.rows[0].header).toBe(true);
      expect(table.rows.slice(1).map((r) => r.cells[0].text)).toEqual(table.rows.slice(1).map((_, i) => String(i + 1)));
    }
    // Co-leads stay visible; a column of nothing but this unit's name is left out.
    expect(leads.rows[0].cells.map((c) => c.text)).toContain('牵头单位');
    expect(supports.rows[0].cells.map((c) => c.text)).not.toContain('配合单位');
    expect(supports.rows[0].cells.map((c) => c.text)).toContain('牵头单位');
  });

  it('writes only the table the unit has', async () => {
    const info = await exportAndRead(exportUnitTasks(plan, '怀柔镇'), 'town.docx');
    expect(info.paragraphs.map((p) => p.text)).toEqual(['怀柔镇承担任务清单', `根据《${plan.title}》，怀柔镇承担配合任务3项，具体如下：`, '一、配合任务（3项）']);
    expect(info.tables).toHaveLength(1);
    expect(info.tables[0].rows.filter((r) => r.cells.length > 1)).toHaveLength(3 + 1);
  });

  it('refuses a unit without tasks, in Chinese', async () => {
    await expect(exportUnitTasks(plan, '区教委')).rejects.toThrow(NO_UNIT_TASKS_MESSAGE);
    expect(NO_UNIT_TASKS_MESSAGE).toBe('该单位在本计划中没有牵头或配合的任务。');
  });
});
