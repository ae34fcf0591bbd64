// Comments read as sentences wherever they are listed: an insertion that begins with a comma, a
// Word comment left without words, a deletion — in the comment list, the compare view and the
// 意见采纳情况表 alike.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adoptionTableData } from '../../../core/consult/adoption.ts';
import { acceptChange } from '../../../core/consult/apply-change.ts';
import { listComments, resolveComment } from '../../../core/consult/comments.ts';
import { quotable } from '../../../core/consult/comment-text.ts';
import { importFeedback } from '../../../core/consult/import-feedback.ts';
import { commentLookup } from '../../../core/compare/comments.ts';
import type { DraftNode } from '../../../core/compare/tree.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { createPlanFile, type Db } from '../../../core/store/open.ts';
import { smallPlan, tempDir } from '../../helpers/plans.ts';
import { handMadeDocx, para, run } from './word-files.ts';

let db: Db;
beforeEach(() => {
  db = createPlanFile(path.join(tempDir(), 'p.qicao'), (d) => fillPlan(d, PlanSpec.parse(smallPlan)));
});
afterEach(() => db.close());

/** An insertion after the measure's text that starts with a comma, a comment with no words, a deletion. */
const returned = () =>
  handMadeDocx({
    document:
      para(run('（2）建设充电桩200个'), '<w:ins w:id="1" w:author="区发展改革委" w:date="2024-02-26T10:15:00Z">' + run('，年内建成并投入使用') + '</w:ins>', run('。')) +
      para(run('（1）推广'), '<w:commentRangeStart w:id="0"/>', run('低挥发性涂料。'), '<w:commentRangeEnd w:id="0"/>', '<w:r><w:commentReference w:id="0"/></w:r>') +
      para(run('（1）划定'), '<w:del w:id="2" w:author="区发展改革委" w:date="2024-02-26T10:15:00Z"><w:r><w:delText>水源</w:delText></w:r></w:del>', run('保护区。')),
    comments: '<w:comment w:id="0" w:author="区发展改革委" w:date="2024-02-26T09:30:00Z"><w:p><w:r><w:annotationRef/></w:r></w:p></w:comment>',
  });

describe('a comment as one line', () => {
  it('an insertion reads 建议增加“…” without its leading comma; a wordless comment says so; a deletion reads 建议删除“…”', () => {
    importFeedback(db, { unit: '区水务局', fileName: '反馈.docx', bytes: returned() });
    expect(listComments(db).map((c) => c.summary)).toEqual(['建议增加“年内建成并投入使用”', '在“低挥发性涂料”处加了批注，未写意见内容', '建议删除“水源”']);
  });

  it('the 意见采纳情况表 cells are whole sentences, with no “：，” and no empty 原文“…”：', () => {
    importFeedback(db, { unit: '区水务局', fileName: '反馈.docx', bytes: returned() });
    expect(adoptionTableData(db).rows.map((r) => r.content)).toEqual([
      '建议在“建设充电桩200个”后增加“年内建成并投入使用”。',
      '在“低挥发性涂料”处加了批注，未写意见内容。',
      '建议删除“水源”。',
    ]);
  });

  it('the compare view names the unit and what it asked for, not the raw inserted text', () => {
    importFeedback(db, { unit: '区水务局', fileName: '反馈.docx', bytes: returned() });
    const [insertion, comment] = listComments(db);
    acceptChange(db, insertion.id);
    resolveComment(db, comment.id, 'adopted', '');
    const lookup = commentLookup(db);
    const texts = (nodeId: number) => lookup(null, { id: nodeId } as DraftNode).map((c) => `${c.unit}：${c.text}`);
    expect(texts(insertion.target!.nodeId)).toEqual(['区水务局：建议增加“年内建成并投入使用”']);
    expect(texts(comment.target!.nodeId)).toEqual(['区水务局：在“低挥发性涂料”处加了批注，未写意见内容']);
  });
});

describe('a piece of text to quote', () => {
  it('loses the punctuation and numbering at its edges, and a long one is cut', () => {
    expect(quotable('，年内建成。')).toBe('年内建成');
    expect(quotable('（2）建设充电桩')).toBe('建设充电桩');
    expect(quotable('）建设充电桩')).toBe('建设充电桩');
    // cut at the last word boundary within the limit (issue 23: never inside a word)
    expect(quotable('一二三四五六七八九十一二', 10)).toMatch(/^一二三四五六七八九十?…$/);
    expect(quotable('严格落实建材、渣土运输车辆管理要求', 14)).toBe('严格落实建材、渣土运输车辆…');
  });
});
