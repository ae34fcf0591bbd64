// Intake into the plan file: items anchored to nodes, the same file twice adds nothing, a
// refused file stores nothing, units must be known, the round is made when there is none.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptChange } from '../../../core/consult/apply-change.ts';
import { addTypedComment, deleteTypedComment, linkComment, listComments, markNoObjection, resolveComment } from '../../../core/consult/comments.ts';
import { importFeedback } from '../../../core/consult/import-feedback.ts';
import { chineseDate, todayIso } from '../../../core/model/consultation.ts';
import { createRound, listRounds } from '../../../core/consult/rounds.ts';
import { consultationSummary } from '../../../core/consult/summary.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { renameNode } from '../../../core/store/nodes.ts';
import { createPlanFile, type Db } from '../../../core/store/open.ts';
import { smallPlan, tempDir } from '../../helpers/plans.ts';
import { excelForm, handMadeDocx, noObjectionLetter, para, run, wordForm, wordWithCommentsAndChanges } from './word-files.ts';

// smallPlan's ids: measures 4 新增新能源公交车50辆。 5 建设充电桩200个。 7 推广低挥发性涂料。
// 10 落实六个百分之百。 14 划定水源保护区。; key task 13 饮用水保护; aspect 8 扬尘管控
let db: Db;
beforeEach(() => {
  db = createPlanFile(path.join(tempDir(), 'p.qicao'), (d) => fillPlan(d, PlanSpec.parse(smallPlan)));
});
afterEach(() => db.close());

const title = (id: number) => (db.prepare('SELECT title FROM node WHERE id = ?').get(id) as { title: string }).title;
const rowCounts = () =>
  Object.fromEntries(['round', 'round_unit', 'feedback_file', 'comment', 'snapshot'].map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));

describe('importing a returned Word file', () => {
  it('anchors each item to its measure by text when the copy lost its anchors, and reports the path', async () => {
    const result = importFeedback(db, { unit: '区生态环境局', fileName: '反馈.docx', bytes: await wordWithCommentsAndChanges() });
    expect(result.duplicate).toBe(false);
    expect(result.noObjection).toBe(false);
    expect(result.items.map((i) => [i.kind, i.author, i.target?.nodeId])).toEqual([
      ['comment', '张伟', 4],
      ['comment', '李娜', 5],
      ['insertion', '王强', 7],
      ['deletion', '王强', 14],
    ]);
    expect(result.items[0].target?.path).toEqual(['大气污染防治', '治理挥发性有机物', '推广新能源汽车', '新增新能源公交车50辆。']);
    expect(listComments(db).every((c) => c.anchor === 'text' && c.status === 'pending')).toBe(true);
  });

  it('files the items under a round that says it was made automatically when the plan has none, with no invented 发出日期', async () => {
    const result = importFeedback(db, { unit: '区生态环境局', fileName: '反馈.docx', bytes: await wordWithCommentsAndChanges() });
    expect(result.round).toBe(`自动建立的征求意见轮次（${chineseDate(todayIso())}导入反馈）`);
    expect(listRounds(db).map((r) => [r.name, r.sentDate, r.units])).toEqual([[result.round, null, ['区生态环境局']]]);
  });

  it('adds nothing when the same file comes in again, and says so', async () => {
    const bytes = await wordWithCommentsAndChanges();
    const first = importFeedback(db, { unit: '区生态环境局', fileName: '反馈.docx', bytes });
    const before = rowCounts();
    const again = importFeedback(db, { unit: '区生态环境局', fileName: '反馈（1）.docx', bytes });
    expect(again.duplicate).toBe(true);
    expect(again.items).toEqual(first.items);
    expect(rowCounts()).toEqual(before);
    expect(() => importFeedback(db, { unit: '区水务局', fileName: '反馈.docx', bytes })).toThrow(/已作为“区生态环境局”的反馈导入过/);
  });

  it('accepting the tracked changes edits the measures, records the edit and marks them 采纳', async () => {
    const result = importFeedback(db, { unit: '区生态环境局', fileName: '反馈.docx', bytes: await wordWithCommentsAndChanges() });
    const [, , insertion, deletion] = result.items;
    const accepted = acceptChange(db, insertion.id);
    expect(title(7)).toBe('推广低挥发性水性涂料。');
    expect(accepted).toMatchObject({ status: 'adopted', edit: { before: '推广低挥发性涂料。', after: '推广低挥发性水性涂料。' } });
    acceptChange(db, deletion.id, '已删除。');
    expect(title(14)).toBe('划定保护区。');
    expect(db.prepare('SELECT comment_id, node_id, before_text, after_text FROM comment_edit ORDER BY id').all()).toEqual([
      { comment_id: insertion.id, node_id: 7, before_text: '推广低挥发性涂料。', after_text: '推广低挥发性水性涂料。' },
      { comment_id: deletion.id, node_id: 14, before_text: '划定水源保护区。', after_text: '划定保护区。' },
    ]);
    expect(() => acceptChange(db, insertion.id)).toThrow(/已经接受过/);
    // a comment is resolved by hand, not applied
    expect(() => acceptChange(db, result.items[0].id)).toThrow(/只有 Word 修订/);
  });

  it('refuses to apply a change whose context is gone, and changes nothing', async () => {
    const result = importFeedback(db, { unit: '区生态环境局', fileName: '反馈.docx', bytes: await wordWithCommentsAndChanges() });
    renameNode(db, 7, '全面使用低VOCs含量原辅材料。');
    expect(() => acceptChange(db, result.items[2].id)).toThrow(/已不再包含修订所在的原文“推广低挥发性涂料。”，未作修改/);
    expect(title(7)).toBe('全面使用低VOCs含量原辅材料。');
    expect(listComments(db)[2].status).toBe('pending');
    expect(rowCounts().comment).toBe(4);
    expect((db.prepare('SELECT count(*) AS n FROM comment_edit').get() as { n: number }).n).toBe(0);
  });

  it('keeps items it cannot place, for linking by hand', async () => {
    const file = handMadeDocx({
      document: para('<w:commentRangeStart w:id="1"/>', run('建议增加一段关于噪声污染防治的内容'), '<w:commentRangeEnd w:id="1"/>'),
      comments: '<w:comment w:id="1" w:author="刘洋"><w:p><w:r><w:t>本计划缺少噪声内容。</w:t></w:r></w:p></w:comment>',
    });
    const result = importFeedback(db, { unit: '区水务局', fileName: '噪声.docx', bytes: file });
    expect(result.items).toEqual([expect.objectContaining({ kind: 'comment', target: null })]);
    const linked = linkComment(db, result.items[0].id, 11);
    expect(linked).toMatchObject({ anchor: 'manual', target: { nodeId: 11, path: ['水污染防治'] } });
    expect(() => linkComment(db, result.items[0].id, 9999)).toThrow(/找不到编号为 9999 的节点/);
  });
});

describe('importing a 意见反馈表', () => {
  it('anchors Word form rows by 原文 and by 章节/条款', async () => {
    const file = await wordForm([
      ['1', '（一）1.（2）', '建议增加到300个。', '建设充电桩200个。', '群众需求大'],
      // no part given: "（一）1." names a key task in each part; the 原文 picks the right one
      ['2', '（一）1.', '补充水源巡查。', '划定水源保护区', ''],
      // only the number, with the part: 二、（一）1. is 饮用水保护
      ['3', '二、（一）1.', '建议细化。', '', ''],
      // the 条款 column holds the measure's opening words instead of a number
      ['4', '推广低挥发性', '范围太窄。', '', ''],
    ]);
    const result = importFeedback(db, { unit: '区水务局', fileName: '表.docx', bytes: file });
    expect(result.items.map((i) => [i.kind, i.text, i.target?.nodeId ?? null])).toEqual([
      ['form-row', '建议增加到300个。', 5],
      ['form-row', '补充水源巡查。', 14],
      ['form-row', '建议细化。', 13],
      ['form-row', '范围太窄。', 7],
    ]);
    // the form's contact and phone fill the unit registry where it had none
    expect(db.prepare("SELECT contact, phone FROM unit WHERE name = '区水务局'").get()).toEqual({ contact: '赵敏', phone: '010-69641234' });
  });

  it('anchors Excel form rows, and tolerates a quote with small edits', async () => {
    const file = await excelForm([['1', '建议明确内容。', '', '', '落实“六个百分之百”要求']]);
    const result = importFeedback(db, { unit: '雁栖镇', fileName: '表.xlsx', bytes: file });
    expect(result.items.map((i) => i.target?.nodeId)).toEqual([10]);
  });

  it('refuses a form that says it comes from another unit', async () => {
    const before = rowCounts();
    const bytes = await wordForm([['1', '', '意见', '', '']], '区水务局');
    expect(() => importFeedback(db, { unit: '雁栖镇', fileName: '表.docx', bytes })).toThrow(/反馈单位写的是“区水务局”，不是“雁栖镇”/);
    expect(rowCounts()).toEqual(before);
  });
});

describe('no objection, typed comments, the summary', () => {
  it('a 无意见 letter marks the unit, a later file with comments overrides it, and the summary counts each once', async () => {
    createRound(db, { name: '第一轮', sentDate: '2024-02-20', dueDate: '2024-03-01', units: ['区生态环境局', '区水务局', '雁栖镇'] }, { send: true });
    const letter = importFeedback(db, { unit: '区水务局', fileName: '复函.docx', bytes: await noObjectionLetter() });
    expect(letter).toMatchObject({ noObjection: true, items: [], round: '第一轮' });
    importFeedback(db, { unit: '区生态环境局', fileName: '反馈.docx', bytes: await wordWithCommentsAndChanges() });
    const [first, second] = listComments(db);
    resolveComment(db, first.id, 'adopted', '已采纳。');
    resolveComment(db, second.id, 'rejected', '数量已与区城市管理委核实。');
    expect(consultationSummary(db)).toMatchObject({
      asked: 3,
      unitsWithComments: 1,
      comments: 4,
      adopted: 1,
      partlyAdopted: 0,
      rejected: 1,
      pending: 2,
      noObjection: 1,
      notReplied: 1,
      sentence: '共征求3个单位意见，收到1个单位反馈意见4条，其中采纳1条、不采纳1条，另有2条待处理，1个单位无意见，1个单位尚未反馈。',
    });
    // 区水务局 later sends a comment after all: no longer 无意见, now a unit with comments
    addTypedComment(db, { unit: '区水务局', text: '电话补充：建议增加河长制内容。' });
    expect(consultationSummary(db)).toMatchObject({ unitsWithComments: 2, comments: 5, noObjection: 0 });
    expect(() => markNoObjection(db, { unit: '区水务局', noObjection: true })).toThrow(/已有 1 条意见/);
    markNoObjection(db, { unit: '雁栖镇', noObjection: true });
    expect(consultationSummary(db)).toMatchObject({ noObjection: 1, notReplied: 0 });
  });

  it('a 不采纳 needs a reason; only typed comments can be deleted', async () => {
    const typed = addTypedComment(db, { unit: '雁栖镇', nodeId: 10, section: '一、（二）1.（1）', text: '建议增加洒水频次。', reason: '扬尘较重' });
    expect(typed).toMatchObject({ kind: 'typed', anchor: 'manual', target: { nodeId: 10 } });
    expect(() => resolveComment(db, typed.id, 'rejected', '  ')).toThrow(/须写明理由/);
    deleteTypedComment(db, typed.id);
    const imported = importFeedback(db, { unit: '区生态环境局', fileName: '反馈.docx', bytes: await wordWithCommentsAndChanges() });
    expect(() => deleteTypedComment(db, imported.items[0].id)).toThrow(/不能删除/);
  });

  it('a unit must be one of the registry; close names are offered', async () => {
    expect(() => importFeedback(db, { unit: '水务局', fileName: 'x.docx', bytes: new Uint8Array([1]) })).toThrow(/没有“水务局”，是否指：区水务局/);
    expect(() => addTypedComment(db, { unit: '区园林局', text: '意见' })).toThrow(/单位登记表中没有“区园林局”/);
  });
});

describe('a file that cannot be read stores nothing', () => {
  it('not the round, the file record, nor any comment', async () => {
    const good = await wordWithCommentsAndChanges();
    const before = rowCounts();
    const broken = [good.subarray(0, 1000), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])];
    for (const bytes of broken) expect(() => importFeedback(db, { unit: '区水务局', fileName: '坏.docx', bytes })).toThrow(/无法读取/);
    expect(rowCounts()).toEqual(before);
  });
});
