// Migration 0012 (the plan's preamble, issue 22): a version-10 plan upgrades with nothing lost and
// no preamble; a plan imported from a document keeps its preamble, and the plan export prints it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPlan } from '../../../core/documents/export/index.ts';
import { planDocumentFromSource, readSource } from '../../../core/documents/import/index.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { createPlanFile } from '../../../core/store/open.ts';
import { readPreamble, writePreamble } from '../../../core/store/plan-preamble.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { upgradeSmallPlanFrom } from '../../helpers/migration.ts';
import { smallPlan, tempDir } from '../../helpers/plans.ts';

describe('migration 0012 (plan preamble)', () => {
  it('upgrades a version-10 plan: no preamble, and one can be written afterwards', () => {
    const db = upgradeSmallPlanFrom(10);
    expect(readPreamble(db)).toBe('');
    expect(readPlan(db).preamble).toBeUndefined();
    expect(writePreamble(db, '为改善空气质量，制定本计划。')).toBe(true);
    expect(readPlan(db).preamble).toBe('为改善空气质量，制定本计划。');
    db.close();
  });

  it('keeps an imported document’s preamble in the plan file, and the export prints it', async () => {
    const dir = tempDir();
    try {
      const doc = planDocumentFromSource(readSource(path.resolve('test/fixtures/import-corpus/notice-numbered-body.txt')));
      const db = createPlanFile(path.join(dir, 'p.qicao'), (d) => fillPlan(d, doc.spec));
      const plan = readPlan(db);
      db.close();
      expect(plan.preamble).toBe('为深入打好蓝天保卫战，持续改善全区空气质量，根据《北京市空气质量持续改善行动计划》，结合我区实际，制定本方案。');
      const again = planDocumentFromSource(readSource({ name: 'p.docx', bytes: await exportPlan(plan) }));
      expect(again.spec.preamble).toBe(plan.preamble);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a plan made without a preamble writes no row', () => {
    const dir = tempDir();
    const db = createPlanFile(path.join(dir, 'q.qicao'), (d) => fillPlan(d, PlanSpec.parse(smallPlan)));
    expect(db.prepare('SELECT COUNT(*) AS n FROM plan_preamble').get()).toEqual({ n: 0 });
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
