// The 修改对照表's summary sentence and the CLI's count lines speak the plan's level words: a
// three-level plan (一、→（一）→1.) has no 方面 to mention, and a plan that renamed its levels is
// summed up in its own names.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareDrafts } from '../../../core/compare/drafts.ts';
import { comparisonSummary } from '../../../core/documents/export/comparison-table.ts';
import { summaryLines } from '../../../core/model/describe-comparison.ts';
import { keyTasksOf } from '../../../core/model/level-rules.ts';
import { levelWords } from '../../../core/model/level-words.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { changeLevelScheme, readLevelScheme } from '../../../core/store/level-scheme.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { addNode } from '../../../core/store/nodes.ts';
import { createPlanFile, type Db } from '../../../core/store/open.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { takeSnapshot } from '../../../core/store/snapshots.ts';
import { threeLevelPlan } from '../../fixtures/three-level-plan.ts';
import { tempDir } from '../../helpers/plans.ts';

let db: Db;
afterEach(() => db?.close());

function threeLevelWithOneMoreMeasure(): Db {
  const d = createPlanFile(path.join(tempDir(), 'three.qicao'), (x) => fillPlan(x, PlanSpec.parse(threeLevelPlan)));
  takeSnapshot(d, '征求意见稿');
  addNode(d, { parentId: keyTasksOf(readPlan(d).parts[0])[0].id, kind: 'measure', title: '新增一项措施。' });
  return d;
}

describe('comparison summaries in the plan’s level words', () => {
  it('a three-level plan’s 修改对照表 summary says nothing of 方面', () => {
    db = threeLevelWithOneMoreMeasure();
    const c = compareDrafts(db, { snapshotName: '征求意见稿' }, { current: true });
    const summary = comparisonSummary(c, levelWords(readLevelScheme(db)));
    expect(summary).toBe('与“征求意见稿”相比，本稿新增1处；重点任务仍为5项，具体措施由9项增加到10项。');
    expect(summary).not.toContain('方面');
    // without the scheme (two documents compared) the drafts' own counts decide: still no 方面
    expect(comparisonSummary(c)).not.toContain('方面');
    expect(summaryLines(c).find((l) => l.startsWith('合计：'))).toBe('合计：重点任务 5，具体措施 9 → 10');
  });

  it('a plan with renamed levels is summed up in its own names', () => {
    db = threeLevelWithOneMoreMeasure();
    changeLevelScheme(db, { names: { keyTask: '主要任务', measure: '工作措施' } });
    const c = compareDrafts(db, { snapshotName: '征求意见稿' }, { current: true });
    expect(comparisonSummary(c, levelWords(readLevelScheme(db)))).toContain('主要任务仍为5项，工作措施由9项增加到10项');
  });
});
