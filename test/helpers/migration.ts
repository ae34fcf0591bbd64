// Migration tests: a real plan written at schema N-1, opened by today's code.
import path from 'node:path';
import { expect } from 'vitest';
import { countsReport } from '../../core/counts/report.ts';
import { PlanSpec } from '../../core/model/plan-spec.ts';
import { fillPlan } from '../../core/store/fill-plan.ts';
import { LATEST_VERSION } from '../../core/store/migrations/index.ts';
import { createPlanFileAtVersion, openPlanFile, type Db } from '../../core/store/open.ts';
import { smallPlan, tempDir } from './plans.ts';

/** Writes the small plan at `version`, opens it (upgrading), checks nothing was lost. */
export function upgradeSmallPlanFrom(version: number): Db {
  const file = path.join(tempDir(), `v${version}.qicao`);
  createPlanFileAtVersion(file, version, (db) => fillPlan(db, PlanSpec.parse(smallPlan)));
  const db = openPlanFile(file);
  expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
  expect(countsReport(db).totals).toMatchObject({ aspects: 3, keyTasks: 4, measures: 5 });
  expect(db.pragma('foreign_key_check')).toEqual([]);
  return db;
}
