// The embedded default: a sample plan reconstructed from the seed 起草说明
// (../shared/seeds/000_6affedc4256bb424.txt). Marked 示例 so nobody mistakes it for a real plan.
import sampleJson from './sample-plan.json' with { type: 'json' };
import { PlanSpec } from '../core/model/plan-spec.ts';
import { fillPlan } from '../core/store/fill-plan.ts';
import { writeDocumentSettings } from '../core/store/document-settings.ts';
import { createPlanFile, type Db } from '../core/store/open.ts';

export function samplePlanSpec(): PlanSpec {
  return PlanSpec.parse(sampleJson);
}

export const SAMPLE_DOCUMENT_SETTINGS = {
  draftingUnit: '区生态环境局',
  basis: '《推进美丽北京建设 持续深入打好污染防治攻坚战2024年行动计划》（京政办发〔2024〕4号）',
  attachmentLabel: '附件2',
} as const;

export function createSamplePlan(file: string): Db {
  const spec = samplePlanSpec();
  return createPlanFile(file, (db) => {
    fillPlan(db, spec);
    // what the seed 起草说明 states about the documents: its unit, its basis, its 附件 label
    writeDocumentSettings(db, SAMPLE_DOCUMENT_SETTINGS);
  });
}
