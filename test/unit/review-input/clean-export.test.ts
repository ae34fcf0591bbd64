// The 起草说明 the app exports must pass its own checker. For the sample plan the only findings
// are in the 主要目标/主要内容 it quotes verbatim from the seed (whose real mistakes it keeps) and
// the 78% < 79.1% target warning; once the drafter applies the offered fixes, only that
// warning (a fact of the plan, for the drafter to dismiss) remains.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportExplanation, exportPlan } from '../../../core/documents/export/index.ts';
import { applyFix } from '../../../core/review-input/apply-fix.ts';
import { checkDocument } from '../../../core/review-input/check-document.ts';
import { checkPlan } from '../../../core/review-input/check-plan.ts';
import type { Db } from '../../../core/store/open.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { createSamplePlan } from '../../../seeds/sample.ts';
import { tempDir } from '../../helpers/plans.ts';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = tempDir();
  db = createSamplePlan(path.join(dir, 'sample.qicao'));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function checkExport(bytes: Promise<Buffer>, name: string) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await bytes);
  return checkDocument(file);
}

describe('checking the exports of the sample plan', () => {
  it("flags nothing in the template's own words: every finding is in quoted goals/content or is the target warning", async () => {
    const r = await checkExport(exportExplanation(readPlan(db)), '起草说明.docx');
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) {
      const paragraph = r.paragraphs[f.paragraph];
      expect(/^(主要目标|主要内容)：/.test(paragraph) || f.rule === 'target-below-baseline').toBe(true);
    }
    expect(r.findings.filter((f) => f.rule === 'count-mismatch')).toEqual([]);
  });

  it('after the offered fixes, the 起草说明 and the plan export keep only the 78% target warning', async () => {
    // Apply fixes one at a time from the end of the text, as a drafter clicking 修正 would.
    for (let guard = 0; guard < 100; guard++) {
      // Only the quoted goals and content: the space in the official title is not the seed's mistake.
      const fixable = checkPlan(db).findings.filter((f) => f.suggestion !== undefined && (f.field === 'goals' || f.field === 'content'));
      if (fixable.length === 0) break;
      const f = fixable[fixable.length - 1];
      applyFix(db, { nodeId: f.nodeId, field: f.field!, offset: f.fieldOffset!, length: f.length, replacement: f.suggestion!, block: f.block });
    }
    const plan = readPlan(db);
    const explanation = await checkExport(exportExplanation(plan), '起草说明.docx');
    expect(explanation.findings.map((f) => [f.rule, f.severity])).toEqual([['target-below-baseline', 'warning']]);
    expect(explanation.findings[0].message).toContain('79.1%');
    const planDoc = await checkExport(exportPlan(plan), '计划.docx');
    expect(planDoc.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
