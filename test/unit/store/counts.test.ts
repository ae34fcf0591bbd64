import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { countsReport } from '../../../core/counts/report.ts';
import { tallyPart, tallyPlan } from '../../../core/counts/tally.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { addNode, deleteNode, moveNode } from '../../../core/store/nodes.ts';
import { createPlanFile, type Db } from '../../../core/store/open.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { createSamplePlan } from '../../../seeds/sample.ts';
import { smallPlan, tempDir } from '../../helpers/plans.ts';

const SEED_TABLE = [
  ['大气污染防治', 6, 27, 66, '本部分内容包括六个方面，27项重点任务，66项具体措施。'],
  ['水污染防治', 4, 17, 41, '本部分内容包括四个方面，17项重点任务，41项具体措施。'],
  ['土壤污染防治', 5, 17, 39, '本部分内容包括五个方面，17项重点任务，39项具体措施。'],
  ['应对气候变化', 5, 17, 32, '本部分内容包括五个方面，17项重点任务，32项具体措施。'],
  ['生态保护', 4, 14, 27, '本部分内容包括四个方面，14项重点任务，27项具体措施。'],
] as const;

let dir: string;
let db: Db;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => db?.close());

/** The counts the store keeps by delta must always equal a full recount of the tree. */
function expectCountsConsistent(d: Db) {
  const plan = readPlan(d);
  const report = countsReport(d);
  expect(report.parts.map(({ aspects, keyTasks, measures }) => ({ aspects, keyTasks, measures }))).toEqual(plan.parts.map(tallyPart));
  const t = tallyPlan(plan);
  expect({ aspects: report.totals.aspects, keyTasks: report.totals.keyTasks, measures: report.totals.measures }).toEqual(t);
  // positions among siblings stay 0..n-1 with no gaps or duplicates
  const bad = d
    .prepare('SELECT parent_id FROM node GROUP BY parent_id HAVING min(position) <> 0 OR max(position) <> count(*) - 1 OR count(DISTINCT position) <> count(*)')
    .all();
  expect(bad).toEqual([]);
}

describe('the sample plan', () => {
  it('computes exactly the counts the seed 起草说明 states', () => {
    db = createSamplePlan(path.join(dir, 'sample.qicao'));
    const r = countsReport(db);
    expect(r.parts.map((p) => [p.name, p.aspects, p.keyTasks, p.measures, p.sentence])).toEqual(SEED_TABLE);
    expect(r.totals).toEqual({ aspects: 24, keyTasks: 92, measures: 205, sentence: '共计92项重点任务、205项具体措施。' });
    expectCountsConsistent(db);
  });

  it('is marked as a sample and every measure has a lead unit and a deadline', () => {
    db = createSamplePlan(path.join(dir, 'sample.qicao'));
    const plan = readPlan(db);
    expect(plan.isSample).toBe(true);
    expect(plan.title).toContain('示例');
    const measures = plan.parts.flatMap((p) => p.children.flatMap((a) => a.children.flatMap((t) => t.children)));
    expect(measures).toHaveLength(205);
    for (const m of measures) {
      expect(m.leadUnits.length, m.title).toBeGreaterThan(0);
      expect(m.deadline, m.title).not.toBe('');
    }
    const air = plan.parts[0];
    expect(air.goals).toContain('优良天比率达到78%');
    expect(air.indicators.find((i) => i.name.includes('PM2.5'))).toMatchObject({ baselineYear: 2023, baselineValue: 29, comparator: '<=', target: 28 });
  });

  it('moves both sentences at once when a measure is added', () => {
    db = createSamplePlan(path.join(dir, 'sample.qicao'));
    const task = readPlan(db).parts[1].children[0].children[0];
    addNode(db, { parentId: task.id, kind: 'measure', title: '新增一项措施。' });
    const r = countsReport(db);
    expect(r.parts[1].sentence).toBe('本部分内容包括四个方面，17项重点任务，42项具体措施。');
    expect(r.totals.sentence).toBe('共计92项重点任务、206项具体措施。');
  });
});

describe('incremental counts', () => {
  it('follow adds, deletes and moves across parts, and match a full recount after each', () => {
    db = createPlanFile(path.join(dir, 'p.qicao'), (d) => fillPlan(d, PlanSpec.parse(smallPlan)));
    const plan = readPlan(db);
    const [air, water] = plan.parts;
    const aspect = air.children[0];
    const task = aspect.children[0];

    addNode(db, { parentId: task.id, kind: 'measure', title: '新措施' });
    expectCountsConsistent(db);
    expect(countsReport(db).parts[0].measures).toBe(5);

    // a whole aspect (2 tasks, 3 measures + the new one) moves to the water part
    moveNode(db, aspect.id, water.id, 0);
    expectCountsConsistent(db);
    expect(countsReport(db).parts.map((p) => [p.aspects, p.keyTasks, p.measures])).toEqual([
      [1, 1, 1],
      [2, 3, 5],
    ]);

    // deleting an aspect takes its tasks and measures with it (cascade fires the count triggers)
    deleteNode(db, aspect.id);
    expectCountsConsistent(db);
    expect(countsReport(db).totals).toMatchObject({ aspects: 2, keyTasks: 2, measures: 2 });

    deleteNode(db, water.id);
    expectCountsConsistent(db);
    expect(countsReport(db).parts).toHaveLength(1);
  });

  it('say 两个方面, not 二个方面', () => {
    db = createPlanFile(path.join(dir, 'p.qicao'), (d) => fillPlan(d, PlanSpec.parse(smallPlan)));
    expect(countsReport(db).parts[0].sentence).toBe('本部分内容包括两个方面，3项重点任务，4项具体措施。');
  });

  it('stay consistent through a random sequence of 300 edits', () => {
    db = createPlanFile(path.join(dir, 'p.qicao'), (d) => fillPlan(d, PlanSpec.parse(smallPlan)));
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 300; i++) {
      const plan = readPlan(db);
      const all = plan.parts.flatMap((p) => [p, ...p.children.flatMap((a) => [a, ...a.children.flatMap((t) => [t, ...t.children])])]);
      const node = all[rand(all.length)];
      const op = rand(4);
      try {
        if (op === 0 && node.kind !== 'measure') {
          const childKind = ({ part: 'aspect', aspect: 'keyTask', keyTask: 'measure' } as const)[node.kind];
          addNode(db, { parentId: node.id, kind: childKind, title: `n${i}` });
        } else if (op === 1 && all.length > 8) deleteNode(db, node.id);
        else if (op >= 2 && node.kind !== 'part') {
          const parents = all.filter((p) => p.kind === ({ aspect: 'part', keyTask: 'aspect', measure: 'keyTask' } as const)[node.kind]);
          moveNode(db, node.id, parents[rand(parents.length)].id, rand(3));
        }
      } catch (e) {
        throw new Error(`edit ${i} failed: ${(e as Error).message}`);
      }
      expectCountsConsistent(db);
    }
  });
});
