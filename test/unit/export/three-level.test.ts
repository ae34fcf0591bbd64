// Exports of a three-level plan with text sections: 一、→（一）→1., 总体要求/保障措施 as 一、
// headings with their text, and a 任务分工表 without a 方面 column.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportAssignmentTable } from '../../../core/documents/export/assignment-table.ts';
import { exportPlan } from '../../../core/documents/export/plan-document.ts';
import { exportUnitTasks } from '../../../core/documents/export/unit-tasks.ts';
import { resolveBinding } from '../../../core/model/resolve-binding.ts';
import { PlanSpec, type PlanSpecInput } from '../../../core/model/plan-spec.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { createPlanFile } from '../../../core/store/open.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { namedThreeLevelPlan, threeLevelPlan } from '../../fixtures/three-level-plan.ts';
import { tempDir } from '../../helpers/plans.ts';
import { exportAndRead, type DocxInfo } from './read-docx.ts';

function planOf(spec: PlanSpecInput): Plan {
  const db = createPlanFile(path.join(tempDir(), 'p.qicao'), (d) => fillPlan(d, PlanSpec.parse(spec)));
  try {
    return readPlan(db);
  } finally {
    db.close();
  }
}

describe('the plan document of a three-level plan', () => {
  let info: DocxInfo;
  beforeAll(async () => {
    info = await exportAndRead(exportPlan(planOf(threeLevelPlan)), 'plan.docx');
  });

  it('numbers parts and text sections in one 一、 sequence, key tasks （一） and measures 1.', () => {
    const texts = info.paragraphs.map((p) => p.text);
    const headings = info.paragraphs.filter((p) => p.style === '一级标题').map((p) => p.text);
    expect(headings).toEqual(['一、总体要求', '二、持续深入打好蓝天保卫战', '三、持续深入打好碧水保卫战', '四、保障措施']);
    const task = info.paragraphs.find((p) => p.text === '（一）强化扬尘污染管控');
    expect(task?.style).toBe('二级标题');
    expect(texts).toContain('（三）保障饮用水水源安全');
    const measure = info.paragraphs.find((p) => p.text.startsWith('1.严格落实施工工地'));
    expect(measure?.style).toBe('公文正文');
    expect(measure?.text).toContain('（牵头单位：区住房城乡建设局；配合单位：各街道；完成时限：2025年12月底前）');
    expect(texts.some((t) => t.startsWith('（1）'))).toBe(false);
  });

  it('writes each text section as its heading and its paragraphs, with no count and no 主要目标', () => {
    const texts = info.paragraphs.map((p) => p.text);
    const at = texts.indexOf('一、总体要求');
    expect(texts[at + 1]).toMatch(/^以习近平生态文明思想为指导/);
    expect(texts[at + 2]).toMatch(/^到2025年底/);
    expect(info.paragraphs[at + 1].style).toBe('公文正文');
    const last = texts.indexOf('四、保障措施');
    expect(texts.slice(last + 1)).toEqual(['各责任单位要将本方案确定的任务纳入年度重点工作，明确责任人和时间表。', '区生态环境局负责统筹调度，每季度通报进展情况。']);
    expect(texts.join('\n')).not.toMatch(/本部分内容包括|方面/);
  });
});

describe('the 任务分工表 of a three-level plan', () => {
  it('has no 方面 column, and heads the level columns with the plan’s own names', async () => {
    const info = await exportAndRead(exportAssignmentTable(planOf(threeLevelPlan)), 'table.docx');
    const [table] = info.tables;
    expect(table.rows[0].cells.map((c) => c.text)).toEqual(['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限']);
    // 9 measures under the parts' full-width rows; no 方面 rows in a three-level plan
    const groups = table.rows.filter((r) => r.cells.length === 1).map((r) => r.cells[0].text);
    expect(groups.every((t) => /^[一二三四五六七八九十]+、/.test(t))).toBe(true);
    const rows = [table.rows[0], ...table.rows.slice(1).filter((r) => r.cells.length > 1)];
    expect(rows).toHaveLength(9 + 1);
    // key task cells merge down the rows of their measures
    expect(rows[1].cells[1]).toMatchObject({ text: '强化扬尘污染管控', vMerge: 'restart' });
    expect(rows[2].cells[1]).toMatchObject({ text: '', vMerge: 'continue' });
    expect(rows[3].cells[1]).toMatchObject({ text: '推进移动源污染治理', vMerge: 'restart' });

    const named = await exportAndRead(exportAssignmentTable(planOf(namedThreeLevelPlan)), 'named.docx');
    expect(named.tables[0].rows[0].cells.map((c) => c.text).slice(1, 3)).toEqual(['主要任务', '工作措施']);
  });

  it('lists a unit’s tasks without a 方面 column too', async () => {
    const info = await exportAndRead(exportUnitTasks(planOf(threeLevelPlan), '区农业农村局'), 'unit.docx');
    expect(info.tables[0].rows[0].cells.map((c) => c.text)).not.toContain('方面');
    expect(
      info.tables[0].rows
        .slice(1)
        .filter((r) => r.cells.length > 1)
        .map((r) => r.cells[1].text),
    ).toEqual(['加强农业面源污染防治', '']);
  });
});

describe('the 起草说明 bindings of a three-level plan', () => {
  it('word the count sentences without 方面 and in the plan’s own names', () => {
    const plan = planOf(threeLevelPlan);
    expect(resolveBinding(plan, { type: 'partSentence', partId: plan.parts[1].id })).toBe('本部分内容包括3项重点任务，4项具体措施。');
    expect(resolveBinding(plan, { type: 'totalSentence' })).toBe('共计5项重点任务、9项具体措施。');
    const named = planOf(namedThreeLevelPlan);
    expect(resolveBinding(named, { type: 'totalSentence' })).toBe('共计5项主要任务、9项工作措施。');
  });
});
