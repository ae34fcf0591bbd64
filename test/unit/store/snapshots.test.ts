import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { renameNode } from '../../../core/store/nodes.ts';
import { createPlanFile } from '../../../core/store/open.ts';
import { listSnapshots, readSnapshot, takeSnapshot } from '../../../core/store/snapshots.ts';
import { smallPlan, tempDir } from '../../helpers/plans.ts';
import { aspectsOf } from '../../../core/model/level-rules.ts';

describe('snapshots', () => {
  it('keep the plan as it was when taken, under a unique name', () => {
    const db = createPlanFile(path.join(tempDir(), 's.qicao'), (d) => fillPlan(d, PlanSpec.parse(smallPlan)));
    takeSnapshot(db, '征求意见稿', 'round');
    renameNode(db, 4, '改过的措施。');
    expect(aspectsOf(readSnapshot(db, '征求意见稿').plan.parts[0])[0].children[0].children[0].title).toBe('新增新能源公交车50辆。');
    expect(() => takeSnapshot(db, '征求意见稿')).toThrow(/已有名为“征求意见稿”/);
    expect(() => takeSnapshot(db, '  ')).toThrow(/名称/);
    expect(() => readSnapshot(db, '报审稿')).toThrow(/找不到稿件“报审稿”/);
    expect(listSnapshots(db).map((s) => [s.name, s.kind])).toEqual([['征求意见稿', 'round']]);
    db.close();
  });
});
