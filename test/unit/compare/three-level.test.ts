// Comparing two drafts of a three-level plan (一、→（一）→1., text sections among the parts).
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareDrafts } from '../../../core/compare/drafts.ts';
import { summaryLines } from '../../../core/model/describe-comparison.ts';
import { keyTasksOf, measuresOf } from '../../../core/model/level-rules.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { addNode, moveNode, renameNode } from '../../../core/store/nodes.ts';
import { createPlanFile, type Db } from '../../../core/store/open.ts';
import { updatePartText } from '../../../core/store/parts.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { takeSnapshot } from '../../../core/store/snapshots.ts';
import { threeLevelPlan } from '../../fixtures/three-level-plan.ts';
import { tempDir } from '../../helpers/plans.ts';

let db: Db;
afterEach(() => db?.close());

describe('comparing two drafts of a three-level plan', () => {
  it('reports edits with （一）/1. numbers, key-task paths, section text changes, and counts without 方面', () => {
    db = createPlanFile(path.join(tempDir(), 'three.qicao'), (d) => fillPlan(d, PlanSpec.parse(threeLevelPlan)));
    takeSnapshot(db, '征求意见稿', 'round');
    const plan = readPlan(db);
    const [air, water] = plan.parts;
    const [dust, vehicles] = keyTasksOf(air);
    // a measure reworded, one moved to another key task, a key task added with a measure, a section's text edited
    renameNode(db, measuresOf(air)[1].id, '加强道路保洁，主次干道机械化清扫率达到98%以上。');
    moveNode(db, vehicles.children[2].id, dust.id, 0);
    const task = addNode(db, { parentId: water.id, kind: 'keyTask', title: '加强入河排污口监管', index: 3 });
    addNode(db, { parentId: task, kind: 'measure', title: '完成入河排污口排查整治。' });
    updatePartText(db, plan.sections[1].id, { content: `${plan.sections[1].content}\n各街道每月报送进展。` });
    takeSnapshot(db, '报审稿');

    const c = compareDrafts(db, { snapshotName: '征求意见稿' }, { snapshotName: '报审稿' });
    expect(c.matchedBy).toBe('id');
    const changedMeasure = c.changed.find((e) => e.kind === 'measure')!;
    expect(changedMeasure).toMatchObject({ number: '3.', path: ['持续深入打好蓝天保卫战', '强化扬尘污染管控', changedMeasure.text] });
    expect(c.moved).toHaveLength(1);
    expect(c.moved[0]).toMatchObject({ kind: 'measure', numberBefore: '3.', number: '1.' });
    expect(c.moved[0].from.slice(0, 2)).toEqual(['持续深入打好蓝天保卫战', '推进移动源污染治理']);
    expect(c.moved[0].to.slice(0, 2)).toEqual(['持续深入打好蓝天保卫战', '强化扬尘污染管控']);
    expect(c.added).toHaveLength(1);
    expect(c.added[0]).toMatchObject({ kind: 'keyTask', number: '（四）', text: '加强入河排污口监管' });
    expect(c.added[0].subtree).toEqual([{ kind: 'measure', text: '完成入河排污口排查整治。', depth: 1, number: '1.' }]);
    const section = c.changed.find((e) => e.kind === 'section')!;
    expect(section).toMatchObject({ text: '保障措施', number: '四、' });
    expect(section.fields.map((f) => f.field)).toEqual(['content']);
    expect(c.counts.before.totals).toEqual({ aspects: 0, keyTasks: 5, measures: 9 });
    expect(c.counts.after.totals).toEqual({ aspects: 0, keyTasks: 6, measures: 10 });
    expect(c.counts.after.parts.map((p) => p.title)).toEqual(['持续深入打好蓝天保卫战', '持续深入打好碧水保卫战']);
    expect(summaryLines(c).join('\n')).toContain('加强入河排污口监管');
  });
});
