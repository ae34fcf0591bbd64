// The period's forms for every 牵头单位 (or the units named), .xlsx and .docx each, written into a
// folder all or nothing (core/fs/file-set.ts, as a consultation round's package). The period is
// recorded in the same step: files and record land together or neither does.
import { QicaoError } from '../../errors.ts';
import type { WriteOptions } from '../../fs/atomic-write.ts';
import { outputFolder, stageFiles, type NamedBytes } from '../../fs/file-set.ts';
import { safeFileName } from '../../consult/send-round.ts';
import type { Db } from '../../store/open.ts';
import { readPlan } from '../../store/read-plan.ts';
import { requireIssue } from '../issue.ts';
import type { FormsWritten } from '../../model/year.ts';
import { datesOfPeriodName, ensurePeriod, findPeriodByName, type NewPeriod } from '../periods.ts';
import { yearIndicators, yearMeasures } from '../plan-measures.ts';
import { formContents } from './form-content.ts';
import { exportProgressDocx } from './progress-docx.ts';
import { exportProgressXlsx } from './progress-xlsx.ts';

export const progressFormBaseName = (period: string, unit: string) => `${safeFileName(period)}调度表-${safeFileName(unit)}`;

export async function writeProgressForms(db: Db, input: NewPeriod & { outDir: string; units?: string[] }, options: WriteOptions = {}): Promise<FormsWritten> {
  requireIssue(db);
  const dir = outputFolder(input.outDir, '调度表');
  const plan = readPlan(db);
  const known = findPeriodByName(db, input.period);
  const dates = known ?? { startDate: input.startDate ?? datesOfPeriodName(input.period)?.startDate, endDate: input.endDate ?? datesOfPeriodName(input.period)?.endDate };
  if (!dates.startDate || !dates.endDate) ensurePeriod(db, input); // throws the message about the name
  const period = { name: input.period.trim(), startDate: dates.startDate!, endDate: dates.endDate!, dueDate: known?.dueDate ?? input.dueDate ?? null };
  const measures = yearMeasures(plan);
  const forms = formContents(plan.title, period, measures, yearIndicators(plan, measures), input.units);
  if (input.units) {
    const leads = new Set(forms.map((f) => f.unit));
    const missing = input.units.filter((u) => !leads.has(u));
    if (missing.length) throw new QicaoError('bad-input', `${missing.map((u) => `“${u}”`).join('、')}不是任何具体措施的牵头单位，没有调度表可写；请检查单位名称。`);
  }
  if (forms.length === 0) throw new QicaoError('bad-input', '计划中的具体措施都没有牵头单位，无法生成调度表。请先填写牵头单位（记录调整后修改）。');
  const files: NamedBytes[] = [];
  for (const form of forms) {
    const base = progressFormBaseName(period.name, form.unit);
    files.push({ name: `${base}.xlsx`, bytes: await exportProgressXlsx(form) });
    files.push({ name: `${base}.docx`, bytes: await exportProgressDocx(form) });
  }
  const staged = stageFiles(dir, files);
  try {
    staged.assertFree(options);
    return db.transaction(() => {
      const recorded = ensurePeriod(db, input);
      return { period: recorded, files: staged.commit(options) };
    })();
  } catch (e) {
    staged.abandon();
    throw e;
  }
}
