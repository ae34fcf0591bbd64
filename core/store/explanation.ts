// The 起草说明 as the drafter wrote it: one ExplanationDoc (JSON) in table `explanation`.
// Until the drafter edits it there is no row, and the template built from the plan is shown;
// the exporter and the checker read the same row, so what is edited is what is exported.
import { ExplanationDoc } from '../model/explanation.ts';
import { buildExplanationTemplate } from '../model/explanation-template.ts';
import { QicaoError } from '../errors.ts';
import type { Db } from './open.ts';
import { readPlan } from './read-plan.ts';
import { sql } from './statements.ts';

export interface ExplanationView {
  doc: ExplanationDoc;
  /** false while the template is shown (nothing written yet) */
  stored: boolean;
}

/** The stored document, or null when the drafter has not written one. */
export function readStoredExplanation(db: Db): ExplanationDoc | null {
  const row = sql(db, 'SELECT doc_json FROM explanation WHERE id = 1').get() as { doc_json: string } | undefined;
  if (!row) return null;
  const parsed = ExplanationDoc.safeParse(JSON.parse(row.doc_json));
  if (!parsed.success) throw new QicaoError('corrupt', '计划文件中保存的起草说明格式不正确，请用“恢复为模板”重新生成。');
  return parsed.data;
}

export function readExplanation(db: Db): ExplanationView {
  const stored = readStoredExplanation(db);
  return stored ? { doc: stored, stored: true } : { doc: buildExplanationTemplate(readPlan(db)), stored: false };
}

/**
 * Writes the document inside the caller's transaction. An unchanged document writes nothing —
 * nor does the template sent back as it was shown (opening the 起草说明 is no edit: storing the
 * template would record a "修改起草说明" step and stop it following the plan).
 */
export function writeExplanation(db: Db, doc: ExplanationDoc): void {
  const json = JSON.stringify(ExplanationDoc.parse(doc));
  const current = sql(db, 'SELECT doc_json FROM explanation WHERE id = 1').get() as { doc_json: string } | undefined;
  if (current?.doc_json === json) return;
  if (!current && JSON.stringify(ExplanationDoc.parse(buildExplanationTemplate(readPlan(db)))) === json) return;
  sql(
    db,
    `INSERT INTO explanation (id, doc_json, updated_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET doc_json = excluded.doc_json, updated_at = excluded.updated_at`,
  ).run(json, new Date().toISOString());
}

export function saveExplanation(db: Db, doc: ExplanationDoc): void {
  db.transaction(() => writeExplanation(db, doc))();
}

/** Back to the template: the drafter's own text is dropped (undo brings it back). */
export function resetExplanation(db: Db): void {
  db.transaction(() => sql(db, 'DELETE FROM explanation WHERE id = 1').run())();
}
