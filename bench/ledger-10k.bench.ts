// ledger-10k: a 10,000-measure plan led by 40 units, each returning its quarterly progress form
// (.xlsx, 250 rows, filled as a unit fills it). Ours, as the window pays it: taking back the 40
// forms at once (`year.intake` through dispatch — read and matched in the parse workers, stored in
// one transaction) and then the 台账 refreshed (`year.ledger`: statuses, working-day overdue
// counts, per-part and per-unit counts, indicator tracks). Baseline: reading the same 40 forms'
// cells with exceljs alone (load each workbook, visit every cell of every sheet).
// Between rounds the returns are removed again (not timed), so every round is a first intake.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { dispatch } from '../core/api/dispatch.ts';
import { Session } from '../core/api/session.ts';
import { PlanSpec } from '../core/model/plan-spec.ts';
import { fillPlan } from '../core/store/fill-plan.ts';
import { createPlanFile } from '../core/store/open.ts';
import { generatedPlan, tempDir } from '../test/helpers/plans.ts';
import { fillExcel } from '../test/unit/year/fill-forms.ts';
import { result, timeAlternately, type BenchResult } from './harness.ts';

const UNITS = 40;
const ROUNDS = 7;

function planWithUnits(): PlanSpec {
  const spec = generatedPlan(10_000);
  const units = Array.from({ length: UNITS }, (_, i) => `第${i + 1}责任单位`);
  let n = 0;
  for (const part of spec.parts) for (const aspect of part.aspects ?? []) for (const task of aspect.keyTasks) for (const m of task.measures) m.leadUnits = [units[n++ % UNITS]];
  return PlanSpec.parse({ ...spec, units: [...spec.units, ...units.map((name) => ({ name, kind: '委办局' as const }))] });
}

async function ok<T>(s: Session, channel: string, input: unknown): Promise<T> {
  const reply = await dispatch(s, channel, input);
  if (!reply.ok) throw new Error(`ledger-10k: ${channel}: ${reply.error.message}`);
  return reply.value as T;
}

async function readCellsWithExceljs(files: Buffer[]): Promise<number> {
  let cells = 0;
  for (const bytes of files) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell(() => cells++)));
  }
  return cells;
}

export async function run(): Promise<BenchResult> {
  const dir = tempDir('qicao-bench-ledger-');
  try {
    const file = path.join(dir, 'big.qicao');
    createPlanFile(file, (d) => fillPlan(d, planWithUnits())).close();
    const s = new Session(path.join(dir, 'data'), false);
    await ok(s, 'plan.open', { path: file });
    await ok(s, 'year.issue', { docNumber: '测试〔2024〕1号', issueDate: '2024-03-15' });
    const out = path.join(dir, 'forms');
    fs.mkdirSync(out);
    const written = await ok<{ files: string[] }>(s, 'year.writeForms', { period: '2024年第一季度', outDir: out });
    const statuses = ['已完成', '按计划推进', '按计划推进', '滞后'];
    const forms: Buffer[] = [];
    for (const f of written.files.filter((p) => p.endsWith('.xlsx'))) {
      let i = 0;
      forms.push(
        await fillExcel(fs.readFileSync(f), () => ({ status: statuses[i++ % 4], progress: '按计划推进中，已完成阶段性任务。', problems: i % 4 === 3 ? '资金尚未到位' : '' })),
      );
    }
    if (forms.length !== UNITS) throw new Error(`ledger-10k: expected ${UNITS} forms, got ${forms.length}`);
    const input = { files: forms.map((b, i) => ({ fileName: `单位${i + 1}.xlsx`, base64: b.toString('base64') })) };

    const ours = async () => {
      const taken = await ok<{ files: { error: string | null; rows: unknown[] }[] }>(s, 'year.intake', input);
      const ledger = await ok<{ counts: { total: number; notReported: number } }>(s, 'year.ledger', {});
      const refused = taken.files.find((f) => f.error);
      if (refused || ledger.counts.total !== 10_000 || ledger.counts.notReported !== 0) {
        throw new Error(`ledger-10k: the intake did not take every row (${refused?.error ?? `${ledger.counts.notReported} of ${ledger.counts.total} not reported`})`);
      }
    };
    const reset = () => s.plan.prepare('DELETE FROM progress_file').run();
    const baseline = async () => {
      if ((await readCellsWithExceljs(forms)) < 10_000 * 4) throw new Error('ledger-10k: exceljs read too few cells');
    };
    // one warm-up round (the workers started, the code compiled); the intake undone after every round
    const t = await timeAlternately(ours, baseline, ROUNDS, 1, reset);
    s.close();
    return result('ledger-10k', t.ours, 'exceljs: load the same 40 returned .xlsx forms and visit every cell', t.baseline);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
