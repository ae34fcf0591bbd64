// Exporting the plan as a GB/T 9704 Word file, against the raw `docx` Packer building the same
// paragraphs with no styling logic (plain text runs, default section).
import { aspectsOf } from '../core/model/level-rules.ts';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { numberLabel } from '../core/model/numbering.ts';
import type { Plan } from '../core/model/plan.ts';
import { exportPlan } from '../core/documents/export/plan-document.ts';
import { assignmentNote } from '../core/documents/export/assignment-note.ts';
import { fillPlan } from '../core/store/fill-plan.ts';
import { createPlanFile } from '../core/store/open.ts';
import { readPlan } from '../core/store/read-plan.ts';
import { samplePlanSpec } from '../seeds/sample.ts';
import { generatedPlan, tempDir } from '../test/helpers/plans.ts';
import { result, timeAlternately, type BenchResult } from './harness.ts';

function plainParagraphs(plan: Plan): Paragraph[] {
  const out = [new Paragraph(plan.title)];
  plan.parts.forEach((p, pi) => {
    out.push(new Paragraph(numberLabel('part', pi) + p.title), new Paragraph(p.goals), new Paragraph(p.content));
    aspectsOf(p).forEach((a, ai) => {
      out.push(new Paragraph(numberLabel('aspect', ai) + a.title));
      a.children.forEach((t, ti) => {
        out.push(new Paragraph(numberLabel('keyTask', ti) + t.title));
        t.children.forEach((m, mi) => out.push(new Paragraph(numberLabel('measure', mi) + m.title + assignmentNote(m))));
      });
    });
  });
  return out;
}

async function bench(name: string, plan: Plan, runs: number, warmup: number): Promise<BenchResult> {
  const t = await timeAlternately(
    () => exportPlan(plan),
    () => Packer.toBuffer(new Document({ sections: [{ children: plainParagraphs(plan) }] })),
    runs,
    warmup,
  );
  return result(name, t.ours, 'raw docx Packer, same paragraphs, no styling', t.baseline);
}

function planOf(spec: ReturnType<typeof samplePlanSpec>): Plan {
  const db = createPlanFile(path.join(tempDir('qicao-bench-'), 'p.qicao'), (d) => fillPlan(d, spec));
  const plan = readPlan(db);
  db.close();
  return plan;
}

export const runSample = () => bench('export-plan-205', planOf(samplePlanSpec()), 31, 20);
export const run5k = () => bench('export-plan-5k', planOf(generatedPlan(5_000)), 9, 3);
