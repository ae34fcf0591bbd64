// Plan completeness on a .qicao plan: a measure with no 牵头单位 or 完成时限, a key task with no
// measures — warnings on the node's title, so the drafter can jump there.
import { describe, expect, it } from 'vitest';
import type { PlanSpecInput } from '../../../core/model/plan-spec.ts';
import { checkPlan } from '../../../core/review-input/check-plan.ts';
import { dismissFinding } from '../../../core/review-input/dismissals.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { keyTasksOf } from '../../../core/model/level-rules.ts';
import { planDbsPerTest } from '../../helpers/plan-dbs.ts';
import { smallPlan } from '../../helpers/plans.ts';

const planDb = planDbsPerTest();

// A Chaozhou-style three-level plan: 一、→（一）重点任务→1.具体措施.
const threeLevel: PlanSpecInput = {
  title: '潮州市2024年大气污染防治工作方案',
  year: 2024,
  levels: { aspects: false },
  units: [{ name: '市生态环境局' }, { name: '市公安局' }],
  parts: [
    {
      title: '重点任务',
      keyTasks: [
        {
          title: '推动产业结构优化升级',
          measures: [
            { text: '制定实施生态环境准入清单。', leadUnits: ['市生态环境局'], deadline: '2024年12月底前' },
            { text: '推进重点行业绿色转型。', leadUnits: [], deadline: '2024年12月底前' },
            { text: '淘汰落后产能。', leadUnits: ['市生态环境局'], deadline: '' },
            { text: '加强柴油货车监管。', leadUnits: [], deadline: '' },
          ],
        },
        { title: '强化面源污染治理', measures: [] },
      ],
    },
  ],
};

describe('plan-incomplete', () => {
  it('flags a measure without 牵头单位 or 完成时限 and a key task without measures, on their titles', () => {
    const db = planDb(threeLevel);
    const r = checkPlan(db);
    const found = r.findings.filter((f) => f.rule === 'plan-incomplete');
    const tasks = keyTasksOf(readPlan(db).parts[0]);
    const [, noLead, noDeadline, neither] = tasks[0].children;
    expect(found.map((f) => [f.nodeId, f.field, f.severity])).toEqual([
      [noLead.id, 'title', 'warning'],
      [noDeadline.id, 'title', 'warning'],
      [neither.id, 'title', 'warning'],
      [tasks[1].id, 'title', 'warning'],
    ]);
    expect(found[0].message).toBe('具体措施“推进重点行业绿色转型。”没有填写牵头单位，请补上。');
    expect(found[1].message).toContain('没有填写完成时限');
    expect(found[2].message).toContain('没有填写牵头单位和完成时限');
    expect(found[3].message).toBe('重点任务“强化面源污染治理”下没有具体措施，请补充具体措施或将其删除。');
    // the flagged text is the node's title as the checked text shows it
    expect(r.paragraphs[found[0].paragraph].slice(found[0].offset, found[0].offset + found[0].length)).toBe('推进重点行业绿色转型。');
  });

  it('uses the level names the plan declares', () => {
    const named = structuredClone(threeLevel);
    named.levels = { aspects: false, names: { keyTask: '主要任务', measure: '工作措施' } };
    const found = checkPlan(planDb(named)).findings.filter((f) => f.rule === 'plan-incomplete');
    expect(found.at(-1)!.message).toBe('主要任务“强化面源污染治理”下没有工作措施，请补充工作措施或将其删除。');
  });

  it('says nothing about a complete plan', () => {
    expect(checkPlan(planDb(smallPlan)).findings.filter((f) => f.rule === 'plan-incomplete')).toEqual([]);
  });

  it('can be dismissed like any finding', () => {
    const db = planDb(threeLevel);
    const [first] = checkPlan(db).findings.filter((f) => f.rule === 'plan-incomplete');
    dismissFinding(db, { rule: first.rule, excerpt: first.excerpt, reason: '牵头单位待市政府确定' });
    const after = checkPlan(db);
    expect(after.findings.filter((f) => f.rule === 'plan-incomplete')).toHaveLength(3);
    expect(after.dismissed).toBe(1);
  });
});

describe('plan-incomplete on a plan that sets no deadline at all', () => {
  it('says it once, on the plan title, and still flags a measure without 牵头单位', () => {
    const noDeadlines = structuredClone(threeLevel);
    noDeadlines.parts[0].keyTasks = [
      {
        title: '推动产业结构优化升级',
        measures: [
          { text: '制定实施生态环境准入清单。', leadUnits: ['市生态环境局'] },
          { text: '推进重点行业绿色转型。', leadUnits: [] },
          { text: '加强柴油货车监管。', leadUnits: ['市公安局'] },
        ],
      },
    ];
    const db = planDb(noDeadlines);
    const found = checkPlan(db).findings.filter((f) => f.rule === 'plan-incomplete');
    const measures = keyTasksOf(readPlan(db).parts[0])[0].children;
    expect(found.map((f) => [f.nodeId, f.field, f.message])).toEqual([
      [null, 'title', '本计划的具体措施均未填写完成时限，请逐项补上；如全年统一安排，可忽略此提示。'],
      [measures[1].id, 'title', '具体措施“推进重点行业绿色转型。”没有填写牵头单位，请补上。'],
    ]);
  });
});
