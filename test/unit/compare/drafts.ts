// Drafts made for the comparison tests: a small plan, edits made through the store as a
// drafter makes them, and the same plan as a document (PlanSpec / .txt) without ids.
import path from 'node:path';
import { PlanSpec, type PlanSpecInput } from '../../../core/model/plan-spec.ts';
import type { Plan, PlanNode } from '../../../core/model/plan.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { createPlanFile, type Db } from '../../../core/store/open.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { tempDir } from '../../helpers/plans.ts';

export const draftPlan: PlanSpecInput = {
  title: '测试行动计划',
  year: 2024,
  units: [
    { name: '区生态环境局', kind: '委办局' },
    { name: '区水务局', kind: '委办局' },
    { name: '区交通局', kind: '委办局' },
    { name: '雁栖镇', kind: '镇乡街道' },
  ],
  parts: [
    {
      title: '大气污染防治',
      goals: 'PM2.5年均浓度不高于28微克/立方米。',
      content: '一是治理挥发性有机物；二是管控扬尘。',
      indicators: [{ name: 'PM2.5年均浓度', unit: '微克/立方米', baselineYear: 2023, baselineValue: 29, comparator: '<=', target: 28 }],
      aspects: [
        {
          title: '移动源污染治理',
          keyTasks: [
            {
              title: '推广新能源汽车',
              measures: [
                { text: '新增新能源公交车50辆，更新出租车100辆。', leadUnits: ['区交通局'], deadline: '2024年底前', indicators: ['PM2.5年均浓度'] },
                { text: '建设公共充电桩200个，覆盖全部镇乡街道。', leadUnits: ['区交通局'], supportUnits: ['雁栖镇'], deadline: '2024年10月底前' },
                { text: '淘汰国三及以下排放标准柴油货车300辆。', leadUnits: ['区生态环境局'], deadline: '2024年底前' },
                { text: '开展重型柴油车路检路查，每月不少于4次。', leadUnits: ['区生态环境局'], supportUnits: ['区交通局'], deadline: '长期坚持' },
              ],
            },
            { title: '加强源头替代', measures: [{ text: '推广使用低挥发性有机物含量涂料。', leadUnits: ['区生态环境局'], deadline: '长期坚持' }] },
          ],
        },
        { title: '扬尘管控', keyTasks: [{ title: '施工扬尘治理', measures: [{ text: '严格落实施工工地六个百分之百要求。', leadUnits: ['雁栖镇'], deadline: '2024年底前' }] }] },
      ],
    },
    {
      title: '水污染防治',
      aspects: [
        {
          title: '水资源保护',
          keyTasks: [
            { title: '饮用水水源保护', measures: [{ text: '完成乡镇级饮用水水源保护区划定。', leadUnits: ['区水务局'], deadline: '2024年底前' }] },
            { title: '河道治理', measures: [{ text: '完成怀河综合治理工程。', leadUnits: ['区水务局'], deadline: '2024年底前' }] },
          ],
        },
      ],
    },
  ],
};

export function makePlanFile(spec: PlanSpecInput = draftPlan): Db {
  return createPlanFile(path.join(tempDir('qicao-compare-'), '计划.qicao'), (d) => fillPlan(d, PlanSpec.parse(spec)));
}

function* walk(nodes: PlanNode[]): Generator<PlanNode> {
  for (const n of nodes) {
    yield n;
    if ('children' in n) yield* walk(n.children as PlanNode[]);
  }
}

/** The id of the node whose title starts with `prefix` (the tests name nodes by their text). */
export function idOf(plan: Plan | Db, prefix: string): number {
  const p = 'parts' in plan ? plan : readPlan(plan);
  for (const n of walk(p.parts)) if (n.title.startsWith(prefix)) return n.id;
  throw new Error(`no node starting with ${prefix}`);
}

/** A deep copy of the spec to edit as a second document. */
export function specCopy(spec: PlanSpecInput = draftPlan): PlanSpec {
  return PlanSpec.parse(structuredClone(spec));
}

/** The plan as a drafter's .txt: 公文 numbers in the text, each measure with its （牵头单位：…） note. */
export function planText(spec: PlanSpec): string {
  const cn = '一二三四五六七八九十';
  const lines = [spec.title];
  spec.parts.forEach((p, pi) => {
    lines.push(`${cn[pi]}、${p.title}`);
    if (p.goals) lines.push(`主要目标：${p.goals}`);
    if (p.content) lines.push(`主要内容：${p.content}`);
    p.aspects.forEach((a, ai) => {
      lines.push(`（${cn[ai]}）${a.title}`);
      a.keyTasks.forEach((t, ti) => {
        lines.push(`${ti + 1}.${t.title}`);
        t.measures.forEach((m, mi) => {
          const note = [
            m.leadUnits.length ? `牵头单位：${m.leadUnits.join('、')}` : '',
            m.supportUnits.length ? `配合单位：${m.supportUnits.join('、')}` : '',
            m.deadline ? `完成时限：${m.deadline}` : '',
          ].filter(Boolean);
          lines.push(`（${mi + 1}）${m.text}${note.length ? `（${note.join('；')}）` : ''}`);
        });
      });
    });
  });
  return lines.join('\n') + '\n';
}
