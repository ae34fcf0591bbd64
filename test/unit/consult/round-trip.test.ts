// The round as the drafter lives it: send the package, a reviewer comments on Qicao's own
// 征求意见稿 and tracks an insertion, the file comes back and maps to exactly those measures.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptChange } from '../../../core/consult/apply-change.ts';
import { listComments } from '../../../core/consult/comments.ts';
import { importFeedback } from '../../../core/consult/import-feedback.ts';
import { parseReturnedFile } from '../../../core/consult/intake/parse.ts';
import { DRAFT_FILE_NAME, sendNewRound } from '../../../core/consult/send-round.ts';
import { consultDashboard } from '../../../core/consult/summary.ts';
import type { Measure } from '../../../core/model/plan.ts';
import type { Db } from '../../../core/store/open.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { listSnapshots, readSnapshot } from '../../../core/store/snapshots.ts';
import { createSamplePlan } from '../../../seeds/sample.ts';
import { tempDir } from '../../helpers/plans.ts';
import { readDocx } from '../export/read-docx.ts';
import { reviewDraft } from './word-files.ts';
import { measuresOf } from '../../../core/model/level-rules.ts';

let db: Db;
let dir: string;
let out: string;
beforeAll(() => {
  dir = tempDir();
  out = path.join(dir, '材料');
  fs.mkdirSync(out);
  db = createSamplePlan(path.join(dir, '示例.qicao'));
});
afterAll(() => db.close());

const measures = (): Measure[] => readPlan(db).parts.flatMap((p) => measuresOf(p));

describe('sending a round', () => {
  it('records the round, takes the 征求意见稿 snapshot, and writes the draft and a form per unit in .docx and .xlsx', async () => {
    const sent = await sendNewRound(db, { name: '第一轮', sentDate: '2024-02-20', dueDate: '2024-03-01', units: ['区交通局', '区水务局'] }, out);
    expect(sent.round).toMatchObject({ name: '第一轮', sentDate: '2024-02-20', dueDate: '2024-03-01', snapshotName: '第一轮征求意见稿', units: ['区交通局', '区水务局'] });
    expect(listSnapshots(db).map((s) => [s.name, s.kind])).toEqual([['第一轮征求意见稿', 'round']]);
    expect(fs.readdirSync(out).sort()).toEqual(
      [DRAFT_FILE_NAME, '意见反馈表-区交通局.docx', '意见反馈表-区交通局.xlsx', '意见反馈表-区水务局.docx', '意见反馈表-区水务局.xlsx'].sort(),
    );
    // the draft carries an anchor around every measure's text
    const draft = readDocx(path.join(out, DRAFT_FILE_NAME));
    const first = measures()[0];
    expect(draft.bookmarks[`qc_m_${first.id}`]).toBe(first.title);
    expect(draft.paragraphs[0].text).toContain('（征求意见稿）');
  });

  it('the blank forms carry the DOMAIN columns and the unit, and read back as an empty (无意见) form', () => {
    const form = readDocx(path.join(out, '意见反馈表-区水务局.docx'));
    expect(form.tables[0].rows[0].cells.map((c) => c.text)).toEqual(['序号', '章节/条款', '原文', '修改意见', '理由依据']);
    expect(form.paragraphs.map((p) => p.text).join('\n')).toMatch(/反馈单位：区水务局.*联系人：.*电话：.*日期：/);
    for (const name of ['意见反馈表-区水务局.docx', '意见反馈表-区水务局.xlsx']) {
      const parsed = parseReturnedFile(fs.readFileSync(path.join(out, name)), name);
      expect(parsed).toMatchObject({ noObjection: true, items: [], header: { unit: '区水务局' } });
    }
  });

  it('refuses a second round of the same name, and writes no files for it', async () => {
    const again = path.join(dir, '再发');
    fs.mkdirSync(again);
    await expect(sendNewRound(db, { name: '第一轮', units: ['区交通局'] }, again)).rejects.toThrow(/已有名为“第一轮”的征求意见轮次/);
    await expect(sendNewRound(db, { name: '第二轮', units: ['区交通'] }, again)).rejects.toThrow(/是否指：区交通局/);
    await expect(sendNewRound(db, { name: '第二轮', units: ['区交通局'] }, path.join(dir, '没有这个文件夹'))).rejects.toThrow(/不存在/);
    expect(fs.readdirSync(again)).toEqual([]);
  });
});

describe('the draft comes back', () => {
  it('a comment on one measure and an insertion in another map back to exactly those measures by their anchors', () => {
    const all = measures();
    const commented = all[3];
    // two measures of the same wording would defeat text matching; anchors do not need it
    const inserted = all.find((m) => m.title.includes('2024年底前') && m.id !== commented.id)!;
    const returned = reviewDraft(fs.readFileSync(path.join(out, DRAFT_FILE_NAME)), {
      comment: { measureId: commented.id, author: '交通局 陈晨', text: '建议明确责任科室。' },
      insertion: { measureId: inserted.id, after: '2024年底前', text: '（含）', author: '交通局 陈晨' },
    });
    const result = importFeedback(db, { unit: '区交通局', fileName: '区交通局反馈.docx', bytes: returned });
    expect(result.round).toBe('第一轮');
    expect(result.items.map((i) => ({ kind: i.kind, author: i.author, node: i.target?.nodeId }))).toEqual(
      [
        { kind: 'comment', author: '交通局 陈晨', node: commented.id },
        { kind: 'insertion', author: '交通局 陈晨', node: inserted.id },
      ].sort((a, b) => all.findIndex((m) => m.id === a.node) - all.findIndex((m) => m.id === b.node)),
    );
    const comment = result.items.find((i) => i.kind === 'comment')!;
    expect(comment.quote).toBe(commented.title);
    expect(listComments(db).map((c) => c.anchor)).toEqual(['bookmark', 'bookmark']);

    // one click: the measure text changes, the comment is 采纳, the snapshot keeps the old text
    const insertion = result.items.find((i) => i.kind === 'insertion')!;
    acceptChange(db, insertion.id);
    const after = measures().find((m) => m.id === inserted.id)!;
    expect(after.title).toBe(inserted.title.replace('2024年底前', '2024年底前（含）'));
    const snapshotTitle = readSnapshot(db, '第一轮征求意见稿')
      .plan.parts.flatMap((p) => measuresOf(p))
      .find((m) => m.id === inserted.id)!.title;
    expect(snapshotTitle).toBe(inserted.title);

    const dashboard = consultDashboard(db, 1);
    expect(dashboard.units.map((u) => [u.name, u.comments, u.repliedAt !== null, u.byStatus.adopted])).toEqual([
      ['区交通局', 2, true, 1],
      ['区水务局', 0, false, 0],
    ]);
    expect(dashboard.openNodeIds).toEqual([commented.id]);
  });
});
