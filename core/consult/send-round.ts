// Sending a round: the round and its 征求意见稿 snapshot are recorded, and the consultation
// package is written to a folder — the draft with node anchors, and a blank 意见反馈表 per unit
// in .docx and .xlsx. Files are made in memory first and land under temporary names
// (core/fs/file-set.ts); round and files are all or nothing.
import { QicaoError } from '../errors.ts';
import { outputFolder, stageFiles } from '../fs/file-set.ts';
import type { WriteOptions } from '../fs/atomic-write.ts';
import { exportFeedbackForm } from '../documents/export/feedback-form.ts';
import { exportPlan, planDocumentTitle } from '../documents/export/plan-document.ts';
import type { Db } from '../store/open.ts';
import { readPlan } from '../store/read-plan.ts';
import { readDocumentSettings } from '../store/document-settings.ts';
import { readSnapshot } from '../store/snapshots.ts';
import { exportFeedbackFormXlsx } from './feedback-form-xlsx.ts';
import { chineseDate, type RoundView } from '../model/consultation.ts';
import { checkNewRound, createRound, readRound, type NewRound } from './rounds.ts';
import { findUnit } from './units.ts';

export interface PackageFile {
  name: string;
  bytes: Buffer;
}

/** A file name from a unit's or plan's name: no path separators or characters Windows refuses. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || '未命名';
}

export const DRAFT_FILE_NAME = '行动计划（征求意见稿）.docx';

async function packageFiles(db: Db, round: { dueDate?: string | null; units: string[] }, planJson?: ReturnType<typeof readPlan>): Promise<PackageFile[]> {
  // the drafting unit is the files' author, the title breaks as the drafter set them (not "起草助手")
  const plan = { ...(planJson ?? readPlan(db)), ...readDocumentSettings(db) };
  const due = round.dueDate ? chineseDate(round.dueDate) : '';
  const files: PackageFile[] = [{ name: DRAFT_FILE_NAME, bytes: await exportPlan(plan, { consultation: true }) }];
  for (const name of round.units) {
    const unit = findUnit(db, name);
    const info = { planTitle: planDocumentTitle(plan, true), unit: unit.name, contact: unit.contact, phone: unit.phone, due, author: plan.draftingUnit };
    const base = `意见反馈表-${safeFileName(unit.name)}`;
    files.push({ name: `${base}.docx`, bytes: await exportFeedbackForm(info) });
    files.push({ name: `${base}.xlsx`, bytes: await exportFeedbackFormXlsx(info) });
  }
  return files;
}

export interface SentRound {
  round: RoundView;
  files: string[];
}

/**
 * Creates and sends a round: snapshot, round records and the package, or none of them. The
 * files are written under temporary names first; every target name is checked free before the
 * round is recorded, and the files take their names inside the round's transaction, so a name
 * taken meanwhile rolls the round back and takes back the files already placed.
 */
export async function sendNewRound(db: Db, r: NewRound, outDir: string, options: WriteOptions = {}): Promise<SentRound> {
  const dir = outputFolder(outDir, '征求意见材料');
  checkNewRound(db, r);
  const units = [...new Set(r.units.map((u) => findUnit(db, u).name))];
  const staged = stageFiles(dir, await packageFiles(db, { dueDate: r.dueDate, units }));
  try {
    staged.assertFree(options);
    return db.transaction(() => {
      const round = createRound(db, r, { send: true });
      return { round, files: staged.commit(options) };
    })();
  } catch (e) {
    staged.abandon();
    throw e;
  }
}

/** The package of a round already sent, made again from its 征求意见稿 (e.g. for a unit that lost it). */
export async function exportRoundPackage(db: Db, roundId: number, outDir: string, options: WriteOptions = {}): Promise<string[]> {
  const dir = outputFolder(outDir, '征求意见材料');
  const round = readRound(db, roundId);
  if (round.snapshotName === null) throw new QicaoError('bad-input', `“${round.name}”还没有发出（没有征求意见稿），请先发出本轮。`);
  const plan = readSnapshot(db, round.snapshotName).plan;
  const staged = stageFiles(dir, await packageFiles(db, round, plan));
  try {
    staged.assertFree(options);
    return staged.commit(options);
  } catch (e) {
    staged.abandon();
    throw e;
  }
}
