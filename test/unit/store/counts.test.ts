import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { countsReport } from '../../../core/counts/report.ts';
import { tallyPart, tallyPlan } from '../../../core/model/tally.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { addNode, deleteNode, moveNode } from '../../../core/store/nodes.ts';
import { createPlanFile, type Db } from '../../../core/store/open.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { createSamplePlan } from '../../../seeds/sample.ts';
import { smallPlan, tempDir } from '../../helpers/plans.ts';
import { namedThreeLevelPlan, threeLevelPlan } from '../../fixtures/three-level-plan.ts';
import { aspectsOf, childKindOf, keyTasksOf, measuresOf, parentKindOf, planBody } from '../../../core/model/level-rules.ts';
import type { PlanNode } from '../../../core/model/plan.ts';
import { changeLevelScheme } from '../../../core/store/level-scheme.ts';

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
  const bad = d.prepare('SELECT parent_id FROM node GROUP BY parent_id HAVING min(position) <> 0 OR max(position) <> count(*) - 1 OR count(DISTINCT position) <> count(*)').all();
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
    const measures = plan.parts.flatMap((p) => measuresOf(p));
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
    const task = keyTasksOf(readPlan(db).parts[1])[0];
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
    const aspect = aspectsOf(air)[0];
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

  for (const [name, spec] of [
    ['four-level', smallPlan],
    ['three-level with text sections', threeLevelPlan],
  ] as const) {
    it(`stay consistent through a random sequence of 300 edits (${name} plan)`, () => {
      db = createPlanFile(path.join(dir, 'p.qicao'), (d) => fillPlan(d, PlanSpec.parse(spec)));
      let seed = 7;
      const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
      let refused = 0;
      for (let i = 0; i < 300; i++) {
        const plan = readPlan(db);
        const levels = plan.levels;
        const all: PlanNode[] = [...plan.sections, ...plan.parts.flatMap((p) => [p, ...aspectsOf(p), ...keyTasksOf(p), ...measuresOf(p)])];
        const node = all[rand(all.length)];
        const op = rand(5);
        try {
          if (op === 0 && childKindOf(node.kind, levels)) {
            addNode(db, { parentId: node.id, kind: childKindOf(node.kind, levels)!, title: `n${i}` });
          } else if (op === 1 && all.length > 8) deleteNode(db, node.id);
          else if (op === 4) addNode(db, { parentId: null, kind: rand(2) ? 'section' : 'part', title: `t${i}`, index: rand(4) });
          else if (op >= 2 && node.kind !== 'part' && node.kind !== 'section') {
            const parents = all.filter((p) => p.kind === parentKindOf(node.kind, levels));
            moveNode(db, node.id, parents[rand(parents.length)].id, rand(3));
          } else if (op >= 2) moveNode(db, node.id, null, rand(4));
        } catch (e) {
          throw new Error(`edit ${i} failed: ${(e as Error).message}`);
        }
        // a shape the scheme forbids is refused and changes nothing
        const now = readPlan(db);
        const wrongParent = [...now.sections, ...now.parts.flatMap((p) => measuresOf(p))][rand(4)];
        if (wrongParent && rand(3) === 0) {
          expect(() => addNode(db, { parentId: wrongParent.id, kind: 'keyTask', title: 'x' })).toThrow(/只能放在/);
          refused++;
        }
        expectCountsConsistent(db);
        // sections are never counted
        expect(countsReport(db).parts.map((p) => p.id)).toEqual(readPlan(db).parts.map((p) => p.id));
      }
      expect(refused).toBeGreaterThan(10);
    });
  }
});

describe('a three-level plan (一、→（一）→1., no 方面)', () => {
  it('counts key tasks and measures, leaves the text sections out, and words the sentences without 方面', () => {
    db = createPlanFile(path.join(dir, 'three.qicao'), (d) => fillPlan(d, PlanSpec.parse(threeLevelPlan)));
    const r = countsReport(db);
    expect(r.parts.map((p) => [p.name, p.aspects, p.keyTasks, p.measures, p.sentence])).toEqual([
      ['持续深入打好蓝天保卫战', 0, 2, 5, '本部分内容包括2项重点任务，5项具体措施。'],
      ['持续深入打好碧水保卫战', 0, 3, 4, '本部分内容包括3项重点任务，4项具体措施。'],
    ]);
    expect(r.totals).toMatchObject({ aspects: 0, keyTasks: 5, measures: 9, sentence: '共计5项重点任务、9项具体措施。' });
    const plan = readPlan(db);
    expect(planBody(plan).map((n) => `${n.kind}:${n.title}`)).toEqual(['section:总体要求', 'part:持续深入打好蓝天保卫战', 'part:持续深入打好碧水保卫战', 'section:保障措施']);
    expect(plan.sections[0].content).toContain('30微克/立方米');
    expectCountsConsistent(db);
  });

  it('takes a key task directly under a part, refuses a 方面, and moves the sentence when a measure is added', () => {
    db = createPlanFile(path.join(dir, 'three.qicao'), (d) => fillPlan(d, PlanSpec.parse(threeLevelPlan)));
    const air = readPlan(db).parts[0];
    const task = addNode(db, { parentId: air.id, kind: 'keyTask', title: '加强餐饮油烟治理' });
    addNode(db, { parentId: task, kind: 'measure', title: '城区餐饮单位油烟净化设施安装率达到100%。' });
    expect(countsReport(db).parts[0].sentence).toBe('本部分内容包括3项重点任务，6项具体措施。');
    expect(() => addNode(db, { parentId: air.id, kind: 'aspect', title: '方面' })).toThrow(/没有“方面”一级/);
    const section = readPlan(db).sections[0];
    expect(() => addNode(db, { parentId: section.id, kind: 'keyTask', title: '任务' })).toThrow(/文字章节只有标题和正文/);
    // the triggers refuse the same shapes when code goes around the checks
    expect(() => db.prepare("INSERT INTO node (kind, parent_id, part_id, position, title) VALUES ('aspect', ?, ?, 9, 'x')").run(air.id, air.id)).toThrow(/node parent kind/);
    expect(() => db.prepare("INSERT INTO node (kind, parent_id, part_id, position, title) VALUES ('keyTask', ?, ?, 9, 'x')").run(section.id, section.id)).toThrow(
      /node parent kind/,
    );
    expectCountsConsistent(db);
  });

  it("words the sentences in the plan's own level names", () => {
    db = createPlanFile(path.join(dir, 'named.qicao'), (d) => fillPlan(d, PlanSpec.parse(namedThreeLevelPlan)));
    const r = countsReport(db);
    expect(r.parts[0].sentence).toBe('本部分内容包括2项主要任务，5项工作措施。');
    expect(r.totals.sentence).toBe('共计5项主要任务、9项工作措施。');
  });

  it('changes the names as one action, and whether 方面 exists only while the plan has no tasks', () => {
    db = createPlanFile(path.join(dir, 'three.qicao'), (d) => fillPlan(d, PlanSpec.parse(threeLevelPlan)));
    changeLevelScheme(db, { names: { keyTask: '主要任务' } });
    expect(countsReport(db).parts[1].sentence).toBe('本部分内容包括3项主要任务，4项具体措施。');
    expect(() => changeLevelScheme(db, { aspects: true })).toThrow(/不能再增加“方面”一级/);
    expect(() => changeLevelScheme(db, { names: { measure: '  ' } })).toThrow(/层级名称不能为空/);
    const empty = createPlanFile(path.join(dir, 'empty.qicao'));
    const part = addNode(empty, { parentId: null, kind: 'part', title: '大气' });
    expect(() => addNode(empty, { parentId: part, kind: 'keyTask', title: '任务' })).toThrow(/重点任务只能放在方面下/);
    changeLevelScheme(empty, { aspects: false });
    addNode(empty, { parentId: part, kind: 'keyTask', title: '任务' });
    expect(countsReport(empty).parts[0].sentence).toBe('本部分内容包括1项重点任务，0项具体措施。');
    empty.close();
  });
});
