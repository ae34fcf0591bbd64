// 导出报审材料: the whole set a drafter hands in for 报审 — the 报审稿 (with its （报审稿） mark),
// the 起草说明, the 任务分工表, the 意见采纳情况表 and the 修改对照表 from the 征求意见稿 to the
// current plan — written into one folder under the plan's own title, all or nothing (as a
// round's files: core/fs/file-set.ts). Before anything is written, the consultation's open
// business (review-readiness.ts) is returned as a warning; only a confirmed request writes then.
import { outputFolder, stageFiles, type NamedBytes } from '../../fs/file-set.ts';
import type { Db } from '../../store/open.ts';
import { readPlanInfo } from '../../store/read-plan.ts';
import { listRounds } from '../../consult/rounds.ts';
import { reviewReadiness } from '../../consult/review-readiness.ts';
import type { PackageResult, SkippedDocument } from '../../model/review-package.ts';
import { exportDocument } from './service.ts';
import { plainTitle } from '../../model/title-lines.ts';
import { readDocumentSettings } from '../../store/document-settings.ts';
import { nextAttachmentLabel } from './attachment-label.ts';

export interface PackageRequest {
  outDir: string;
  /** The drafter saw the warning and answered 仍要导出. */
  confirmed?: boolean;
  /** Replace files of the same names already in the folder. */
  overwrite?: boolean;
  /** State units that never replied as 逾期未反馈，视为无意见 in the 起草说明. */
  silentAsNoObjection?: boolean;
}

/** A file name from the plan title: no characters Windows refuses, short enough for every file system. */
function baseName(db: Db): string {
  const title =
    plainTitle(readPlanInfo(db).title)
      .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
      .trim() || '行动计划';
  return [...title].slice(0, 60).join('');
}

/** The 征求意见稿 the 修改对照表 starts from: the draft of the latest round sent. */
function consultationDraft(db: Db): string | null {
  const sent = listRounds(db).filter((r) => r.snapshotName !== null);
  return sent.length > 0 ? sent[sent.length - 1].snapshotName : null;
}

/** The documents of the set, in the order a 报审 file lists them; the ones that cannot be made say why. */
export async function reviewPackageFiles(db: Db, options: { silentAsNoObjection?: boolean } = {}): Promise<{ files: NamedBytes[]; skipped: SkippedDocument[] }> {
  const base = baseName(db);
  const files: NamedBytes[] = [];
  const skipped: SkippedDocument[] = [];
  const add = (name: string, bytes: Buffer) => files.push({ name: `${base}${name}.docx`, bytes });
  add('（报审稿）', (await exportDocument(db, 'review')).data);
  add('起草说明', (await exportDocument(db, 'explanation', { silentAsNoObjection: options.silentAsNoObjection })).data);
  // the tables follow the 起草说明 as attachments: 附件2 → 附件3, 附件4, 附件5 (none when it has no number)
  const explanationLabel = readDocumentSettings(db).attachmentLabel;
  const label = (step: number) => nextAttachmentLabel(explanationLabel, step);
  add('任务分工表', (await exportDocument(db, 'assignment', { attachmentLabel: label(1) })).data);
  const commented = (db.prepare('SELECT count(*) AS n FROM comment').get() as { n: number }).n > 0;
  if (commented) add('意见采纳情况表', (await exportDocument(db, 'adoption', { attachmentLabel: label(2) })).data);
  else skipped.push({ document: '意见采纳情况表', reason: listRounds(db).length === 0 ? '尚未征求意见' : '各单位没有提出意见' });
  const draft = consultationDraft(db);
  if (draft !== null) {
    const { exportDraftComparison } = await import('../../compare/export.ts');
    add('修改对照表', (await exportDraftComparison(db, { snapshotName: draft }, { current: true }, { attachmentLabel: label(commented ? 3 : 2) })).data);
  } else {
    skipped.push({ document: '修改对照表', reason: '没有发出过征求意见稿，无从对照' });
  }
  return { files, skipped };
}

/**
 * Writes the set, or answers the warning first. Every file is made in memory and staged under a
 * temporary name; the names are checked free; then all take their names, or none does.
 */
export async function exportReviewPackage(db: Db, request: PackageRequest): Promise<PackageResult> {
  const dir = outputFolder(request.outDir, '报审材料');
  const warning = reviewReadiness(db);
  if (warning !== null && request.confirmed !== true) return { status: 'needs-confirmation', warning };
  const { files, skipped } = await reviewPackageFiles(db, { silentAsNoObjection: request.silentAsNoObjection });
  const staged = stageFiles(dir, files);
  try {
    staged.assertFree({ overwrite: request.overwrite });
    return { status: 'written', files: staged.commit({ overwrite: request.overwrite }), skipped, warning };
  } catch (e) {
    staged.abandon();
    throw e;
  }
}
