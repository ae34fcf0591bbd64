// The embedded default: a sample plan reconstructed from the seed 起草说明
// (../shared/seeds/000_6affedc4256bb424.txt). Marked 示例 so nobody mistakes it for a real plan.
import sampleJson from './sample-plan.json' with { type: 'json' };
import { PlanSpec } from '../core/model/plan-spec.ts';
import { fillPlan } from '../core/store/fill-plan.ts';
import { createPlanFile, type Db } from '../core/store/open.ts';

export function samplePlanSpec(): PlanSpec {
  return PlanSpec.parse(sampleJson);
}

export function createSamplePlan(file: string): Db {
  const spec = samplePlanSpec();
  return createPlanFile(file, (db) => fillPlan(db, spec));
}
