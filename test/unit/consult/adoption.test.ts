// The 意见采纳情况表 read back with python-docx: one row per comment with unit, clause, content,
// handling and reply, and the summary line with the computed numbers.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportAdoptionTableOf } from '../../../core/consult/adoption.ts';
import { acceptChange } from '../../../core/consult/apply-change.ts';
import { addTypedComment, resolveComment } from '../../../core/consult/comments.ts';
import { importFeedback } from '../../../core/consult/import-feedback.ts';
import { createRound } from '../../../core/consult/rounds.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { createPlanFile } from '../../../core/store/open.ts';
import { smallPlan, tempDir } from '../../helpers/plans.ts';
import { exportAndRead } from '../export/read-docx.ts';
import { noObjectionLetter, wordWithCommentsAndChanges } from './word-files.ts';

describe('意见采纳情况表', () => {
  it('lists every comment with how it was handled, closed by the computed summary line', async () => {
    const db = createPlanFile(path.join(tempDir(), 'p.qicao'), (d) => fillPlan(d, PlanSpec.parse(smallPlan)));
    createRound(db, { name: '第一轮', sentDate: '2024-02-20', dueDate: '2024-03-01', units: ['区生态环境局', '区水务局', '雁栖镇'] }, { send: true });
    const word = importFeedback(db, { unit: '区生态环境局', fileName: '反馈.docx', bytes: await wordWithCommentsAndChanges() });
    importFeedback(db, { unit: '区水务局', fileName: '复函.docx', bytes: await noObjectionLetter() });
    const typed = addTypedComment(db, { unit: '雁栖镇', section: '一、（二）1.（1）', nodeId: 10, text: '建议增加洒水频次。', reason: '扬尘较重' });
    const [comment0, comment1, insertion, deletion] = word.items;
    resolveComment(db, comment0.id, 'partlyAdopted', '调整为70辆。');
    resolveComment(db, comment1.id, 'rejected', '已与区城市管理委核实，维持200个。');
    acceptChange(db, insertion.id);
    resolveComment(db, deletion.id, 'rejected', '“水源”不可删除。');
    resolveComment(db, typed.id, 'adopted', '已增加。');

    const doc = await exportAndRead(exportAdoptionTableOf(db), '意见采纳情况表.docx');
    db.close();
    expect(doc.paragraphs[0].text).toBe('意见采纳情况表');
    // cell text is every w:t of the cell joined; the reply is a paragraph of its own in the cell
    const rows = doc.tables[0].rows.map((r) => r.cells.map((c) => c.text));
    expect(rows[0]).toEqual(['序号', '提出单位', '涉及条款', '意见内容', '处理情况', '理由或修改情况']);
    expect(doc.tables[0].rows[0].header).toBe(true);
    expect(rows.slice(1)).toEqual([
      ['1', '区生态环境局', '一、（一）1.（1）', '原文“新增新能源公交车50辆”：建议将50辆提高到80辆。', '部分采纳', '调整为70辆。'],
      [
        '2',
        '区生态环境局',
        '一、（一）1.（2）',
        '原文“建设充电桩200个”：充电桩数量请与区城市管理委核实。回复（张伟）：已核实，维持200个。',
        '不采纳',
        '已与区城市管理委核实，维持200个。',
      ],
      ['3', '区生态环境局', '一、（一）2.（1）', '建议在“推广低挥发性”后增加“水性”。', '采纳', '已按修订修改。'],
      ['4', '区生态环境局', '二、（一）1.（1）', '建议删除“水源”。', '不采纳', '“水源”不可删除。'],
      ['5', '雁栖镇', '一、（二）1.（1）', '建议增加洒水频次。（理由：扬尘较重）', '采纳', '已增加。'],
    ]);
    const last = doc.paragraphs[doc.paragraphs.length - 1].text;
    expect(last).toBe('共征求3个单位意见，收到2个单位反馈意见5条，其中采纳2条、部分采纳1条、不采纳2条，1个单位无意见。');
    expect(doc.sections[0].orientation).toBe('landscape');
  });
});
