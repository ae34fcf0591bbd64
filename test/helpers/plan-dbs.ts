// Plan files made from a spec, one per call, in a folder of their own for each test: closed and
// removed after it. Call at the top of a test file (it registers the beforeEach/afterEach).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { PlanSpec, type PlanSpecInput } from '../../core/model/plan-spec.ts';
import { fillPlan } from '../../core/store/fill-plan.ts';
import { createPlanFile, type Db } from '../../core/store/open.ts';
import { tempDir } from './plans.ts';

export function planDbsPerTest(): (input: PlanSpecInput) => Db {
  let dir: string;
  const open: Db[] = [];
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    for (const d of open.splice(0)) d.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return (input) => {
    const db = createPlanFile(path.join(dir, `p-${open.length}.qicao`), (d) => fillPlan(d, PlanSpec.parse(input)));
    open.push(db);
    return db;
  };
}
