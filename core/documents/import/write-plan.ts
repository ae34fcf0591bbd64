// Importing a document into a new plan file. createPlanFile builds the file under a temporary
// name and renames it into place only after the whole plan was written in one transaction, so
// a failed import leaves no file behind and an existing file is never overwritten.
import path from 'node:path';
import { countsReport, type CountsReport } from '../../counts/report.ts';
import { QicaoError } from '../../errors.ts';
import { fillPlan } from '../../store/fill-plan.ts';
import { createPlanFile } from '../../store/open.ts';
import { readPlanDocument, type DocumentInput, type DocumentKind, type ImportOverrides, type Leftover } from './index.ts';

export interface ImportResult {
  file: string;
  kind: DocumentKind;
  title: string;
  counts: CountsReport;
  leftovers: Leftover[];
  notes: string[];
}

export async function importPlanFile(input: DocumentInput, target: string, overrides: ImportOverrides = {}): Promise<ImportResult> {
  const file = path.resolve(target);
  if (path.extname(file).toLowerCase() !== '.qicao') {
    throw new QicaoError('bad-input', `计划文件应以 .qicao 结尾，请把“${path.basename(file)}”改为“${path.basename(file, path.extname(file))}.qicao”。`);
  }
  const doc = await readPlanDocument(input, overrides);
  if (doc.refusal) throw new QicaoError('bad-input', `${doc.refusal}未创建计划文件。`);
  if (doc.kind === 'unknown' && doc.spec.parts.length === 0) {
    throw new QicaoError(
      'bad-input',
      `没有在“${typeof input === 'string' ? path.basename(input) : input.name}”中找到行动计划的结构（“一、”部分、“（一）”方面、“1.”重点任务或任务分工表），未创建计划文件；请确认选择的是行动计划或起草说明。`,
    );
  }
  const db = createPlanFile(file, (d) => fillPlan(d, doc.spec));
  try {
    return { file, kind: doc.kind, title: doc.spec.title, counts: countsReport(db), leftovers: doc.leftovers, notes: doc.notes };
  } finally {
    db.close();
  }
}
