// The 修改对照表 of two drafts of the open plan, named for the newer one.
import { comparisonTableTitle, exportComparisonTable } from '../documents/export/comparison-table.ts';
import type { Db } from '../store/open.ts';
import { drafterBreaks } from '../model/title-lines.ts';
import { readDocumentSettings } from '../store/document-settings.ts';
import { readPlanInfo } from '../store/read-plan.ts';
import { readLevelScheme } from '../store/level-scheme.ts';
import { levelWords } from '../model/level-words.ts';
import { compareDrafts, type DraftRef } from './drafts.ts';

export async function exportDraftComparison(db: Db, from: DraftRef, to: DraftRef, options: { attachmentLabel?: string } = {}): Promise<{ fileName: string; data: Buffer }> {
  const result = compareDrafts(db, from, to);
  const planTitle = readPlanInfo(db).title;
  const title = comparisonTableTitle(planTitle);
  const settings = readDocumentSettings(db);
  // "征求意见稿→报审稿修改对照表.docx": file names cannot hold "/" and Word dislikes long ones
  const safe = (name: string) => name.replace(/[\\/:*?"<>|]/g, '_').slice(0, 40);
  return {
    fileName: `${safe(result.from.name)}→${safe(result.to.name)}修改对照表.docx`,
    data: await exportComparisonTable(result, {
      title,
      author: settings.draftingUnit,
      breaks: drafterBreaks(planTitle, settings.titleBreak),
      words: levelWords(readLevelScheme(db)),
      attachmentLabel: options.attachmentLabel,
    }),
  };
}
