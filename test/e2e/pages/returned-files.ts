// What units send back after a round, made the way the intake unit tests make them: a Word file
// with a comment and a tracked insertion (Word-made), a LibreOffice-edited copy with a tracked
// deletion, an Excel 意见反馈表 and a 无意见 letter. The served plan file is held open by the
// server, so the 征求意见稿 comes from another copy of the sample (same node ids every time).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportPlan } from '../../../core/documents/export/plan-document.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { createSamplePlan } from '../../../seeds/sample.ts';
import { excelForm, libreOfficeReturn, noObjectionLetter, reviewDraft } from '../../unit/consult/word-files.ts';

export interface ReturnedFiles {
  dir: string;
  word: string;
  libreOffice: string;
  excel: string;
  letter: string;
  /** the measure the Word comment is on (deep in the plan: the view must scroll to it) */
  commented: { id: number; title: string };
  /** the measure the Word insertion is in, and its text once the insertion is accepted */
  inserted: { id: number; title: string; after: string };
}

type Titled = { id: number; title: string; children?: Titled[] };

export async function makeReturnedFiles(): Promise<ReturnedFiles> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qicao-e2e-returned-'));
  const copy = createSamplePlan(path.join(dir, '示例副本.qicao'));
  const plan = readPlan(copy);
  const draft = await exportPlan(plan, { consultation: true });
  copy.close();
  const measures = (nodes: Titled[]): Titled[] => nodes.flatMap((n) => (n.children?.length ? measures(n.children) : [n]));
  const parts = plan.parts as unknown as Titled[];
  const deep = measures([parts[parts.length - 1]]).at(-1)!;
  const first = measures([parts[0]])[0];
  const after = first.title.slice(0, 4);

  const word = path.join(dir, '区交通局反馈意见.docx');
  fs.writeFileSync(
    word,
    reviewDraft(draft, {
      comment: { measureId: deep.id, author: '区交通局 陈晨', text: '建议明确责任分工和完成时限。' },
      insertion: { measureId: first.id, after, text: '全面', author: '区交通局 陈晨' },
    }),
  );
  const libreOffice = path.join(dir, '区城市管理委-修改稿.docx');
  fs.writeFileSync(libreOffice, libreOfficeReturn(draft, { within: '噪声等污染防治', text: '，倡导绿色生活方式', author: '区城市管理委' }));
  const excel = path.join(dir, '意见反馈表.xlsx');
  fs.writeFileSync(excel, await excelForm([['1', '建议增加加油站油气回收检查频次。', '一、（一）', '根据上级要求', '']], '雁栖镇'));
  const letter = path.join(dir, '复函.docx');
  fs.writeFileSync(letter, await noObjectionLetter());
  return { dir, word, libreOffice, excel, letter, commented: { id: deep.id, title: deep.title }, inserted: { id: first.id, title: first.title, after } };
}
