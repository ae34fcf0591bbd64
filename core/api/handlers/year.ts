import { QicaoError } from '../../errors.ts';
import { writeInto } from '../../folders/write-into.ts';
import { stageFiles } from '../../fs/file-set.ts';
import { sql } from '../../store/statements.ts';
import { yearDocument } from '../../year/documents/year-documents.ts';
import { writeProgressForms } from '../../year/forms/write-forms.ts';
import { confirmRow, takeReturns } from '../../year/intake/take-returns.ts';
import { beginAdjustment, endAdjustment, issuePlan, listAdjustments, openAdjustment, readIssue } from '../../year/issue.ts';
import { readLedger, setActual } from '../../year/ledger.ts';
import { createNextYearPlan } from '../../year/next-year/create.ts';
import { readPriorYear, setPriorActual } from '../../year/next-year/prior.ts';
import { ensurePeriod, listPeriods } from '../../year/periods.ts';
import type { yearChannels } from '../channels/year.ts';
import type { HandlersOf } from './types.ts';

export const yearHandlers: HandlersOf<typeof yearChannels> = {
  'year.state': (s) => ({ issue: readIssue(s.plan), openAdjustment: openAdjustment(s.plan), adjustments: listAdjustments(s.plan), periods: listPeriods(s.plan) }),
  'year.issue': (s, i) => issuePlan(s.plan, i),
  'year.beginAdjustment': (s, i) => beginAdjustment(s.plan, i),
  'year.endAdjustment': (s) => endAdjustment(s.plan),
  'year.addPeriod': (s, i) => ensurePeriod(s.plan, i),
  'year.writeForms': (s, i) => writeProgressForms(s.plan, i, { overwrite: i.overwrite }),
  'year.intake': (s, i) =>
    takeReturns(
      s.plan,
      i.files.map((f) => ({ fileName: f.fileName, bytes: Buffer.from(f.base64, 'base64') })),
      { period: i.period, unit: i.unit },
    ),
  'year.confirmRow': (s, i) => confirmRow(s.plan, i.rowId, i.measureId),
  'year.setActual': (s, i) => {
    if (!sql(s.plan, 'SELECT 1 FROM indicator WHERE id = ?').get(i.indicatorId)) throw new QicaoError('not-found', `找不到指标编号 ${i.indicatorId}，请刷新台账后重试。`);
    setActual(s.plan, i.indicatorId, i.month, i.value);
    return readLedger(s.plan).indicators.find((t) => t.indicatorId === i.indicatorId)!;
  },
  'year.ledger': (s, i) => readLedger(s.plan, i),
  'year.saveDocument': async (s, i) => {
    const files = await yearDocument(s.plan, i.what, { periodId: i.periodId, asOf: i.asOf, split: true });
    if (files.length === 1) return { paths: [writeInto(i.outDir, files[0].name, Buffer.from(files[0].bytes), i.overwrite)] };
    // 催办 lists, one per unit: all or none
    const staged = stageFiles(i.outDir, files);
    try {
      staged.assertFree({ overwrite: i.overwrite });
      return { paths: staged.commit({ overwrite: i.overwrite }) };
    } catch (e) {
      staged.abandon();
      throw e;
    }
  },
  'year.exportDocument': async (s, i) => {
    const [file] = await yearDocument(s.plan, i.what, { periodId: i.periodId, asOf: i.asOf, split: false });
    return { fileName: file.name, base64: Buffer.from(file.bytes).toString('base64') };
  },
  'year.nextYear': (s, i) => createNextYearPlan(s.plan, i.path, { year: i.year, sourcePath: s.view()?.path ?? '' }),
  'year.prior': (s) => readPriorYear(s.plan),
  'year.setPriorActual': (s, i) => setPriorActual(s.plan, i.indicatorId, i.value),
};
