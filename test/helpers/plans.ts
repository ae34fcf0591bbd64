// Plans made in tests: a small hand-written one, and generated ones of any size.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PlanSpecInput } from '../../core/model/plan-spec.ts';
import { PlanSpec } from '../../core/model/plan-spec.ts';

const made: string[] = [];

/** A new empty folder in the temp directory, removed after the test file (test/helpers/temp-cleanup.ts). */
export function tempDir(prefix = 'qicao-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder tempDir made so far (each test file's afterAll does, through the setup file). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

export const smallPlan: PlanSpecInput = {
  title: '测试行动计划',
  year: 2024,
  units: [
    { name: '区生态环境局', kind: '委办局' },
    { name: '区水务局', kind: '委办局' },
    { name: '雁栖镇', kind: '镇乡街道' },
  ],
  parts: [
    {
      title: '大气污染防治',
      goals: 'PM2.5年均浓度不高于28微克/立方米。',
      content: '一是治理挥发性有机物。',
      indicators: [{ name: 'PM2.5年均浓度', unit: '微克/立方米', baselineYear: 2023, baselineValue: 29, comparator: '<=', target: 28 }],
      aspects: [
        {
          title: '治理挥发性有机物',
          keyTasks: [
            {
              title: '推广新能源汽车',
              measures: [
                { text: '新增新能源公交车50辆。', leadUnits: ['区生态环境局'], deadline: '2024年底前', indicators: ['PM2.5年均浓度'] },
                { text: '建设充电桩200个。', leadUnits: ['区水务局'], supportUnits: ['雁栖镇'], deadline: '2024年10月底前' },
              ],
            },
            { title: '加强源头替代', measures: [{ text: '推广低挥发性涂料。', leadUnits: ['区生态环境局'], deadline: '长期坚持' }] },
          ],
        },
        { title: '扬尘管控', keyTasks: [{ title: '施工扬尘', measures: [{ text: '落实六个百分之百。', leadUnits: ['雁栖镇'], deadline: '2024年底前' }] }] },
      ],
    },
    {
      title: '水污染防治',
      aspects: [{ title: '水资源保护', keyTasks: [{ title: '饮用水保护', measures: [{ text: '划定水源保护区。', leadUnits: ['区水务局'], deadline: '2024年底前' }] }] }],
    },
  ],
};

/** A plan with `measures` measures spread over 5 parts (for benchmarks and scale tests). */
export function generatedPlan(measures: number): PlanSpec {
  const parts = 5;
  const aspectsPerPart = 5;
  const measuresPerTask = 3;
  const tasks = Math.ceil(measures / measuresPerTask);
  let made = 0;
  const spec: PlanSpecInput = { title: `生成计划（${measures}项措施）`, year: 2024, units: [{ name: '区生态环境局', kind: '委办局' }], parts: [] };
  for (let p = 0; p < parts; p++) {
    const part = { title: `第${p + 1}部分`, aspects: [] as NonNullable<NonNullable<PlanSpecInput['parts']>[number]['aspects']> };
    for (let a = 0; a < aspectsPerPart; a++) {
      const aspect = { title: `方面${p + 1}-${a + 1}`, keyTasks: [] as { title: string; measures: { text: string; leadUnits: string[]; deadline: string }[] }[] };
      const taskCount = Math.ceil(tasks / (parts * aspectsPerPart));
      for (let t = 0; t < taskCount && made < measures; t++) {
        const task = { title: `重点任务${p + 1}-${a + 1}-${t + 1}`, measures: [] as { text: string; leadUnits: string[]; deadline: string }[] };
        for (let m = 0; m < measuresPerTask && made < measures; m++, made++) {
          task.measures.push({ text: `第${made + 1}项具体措施：加强污染防治工作，按期完成治理任务。`, leadUnits: ['区生态环境局'], deadline: '2024年底前' });
        }
        aspect.keyTasks.push(task);
      }
      part.aspects.push(aspect);
    }
    spec.parts.push(part);
  }
  return PlanSpec.parse(spec);
}
