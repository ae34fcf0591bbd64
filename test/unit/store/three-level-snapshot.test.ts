// Drafts of a three-level plan: a snapshot keeps the scheme and the text sections, and restoring
// it brings a deleted section back as a section (not as a part) under its old id.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countsReport } from '../../../core/counts/report.ts';
import { keyTasksOf, planBody } from '../../../core/model/level-rules.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { changeLevelScheme } from '../../../core/store/level-scheme.ts';
import { deleteNode } from '../../../core/store/nodes.ts';
import { createPlanFile } from '../../../core/store/open.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { restoreSnapshot } from '../../../core/store/restore-snapshot.ts';
import { readSnapshot, takeSnapshot } from '../../../core/store/snapshots.ts';
import { threeLevelPlan } from '../../fixtures/three-level-plan.ts';
import { tempDir } from '../../helpers/plans.ts';

describe('snapshots of a three-level plan', () => {
  it('keep the scheme and sections, and a restore puts a deleted section and key task back in place', () => {
    const db = createPlanFile(path.join(tempDir(), 'three.qicao'), (d) => fillPlan(d, PlanSpec.parse(threeLevelPlan)));
    const before = readPlan(db);
    takeSnapshot(db, '征求意见稿');
    expect(readSnapshot(db, '征求意见稿').plan.sections.map((s) => s.title)).toEqual(['总体要求', '保障措施']);

    deleteNode(db, before.sections[0].id);
    deleteNode(db, keyTasksOf(before.parts[1])[0].id);
    changeLevelScheme(db, { names: { keyTask: '主要任务' } });
    expect(countsReport(db).totals.sentence).toBe('共计4项主要任务、8项具体措施。');

    restoreSnapshot(db, readSnapshot(db, '征求意见稿').id);
    const after = readPlan(db);
    expect(planBody(after).map((n) => [n.kind, n.id, n.title])).toEqual(planBody(before).map((n) => [n.kind, n.id, n.title]));
    expect(after.sections[0].content).toBe(before.sections[0].content);
    expect(after.levels).toEqual(before.levels);
    expect(countsReport(db).totals).toMatchObject({ aspects: 0, keyTasks: 5, measures: 9, sentence: '共计5项重点任务、9项具体措施。' });
    expect(countsReport(db).parts).toHaveLength(2);
    db.close();
  });
});
