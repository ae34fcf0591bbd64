// 导出报审材料 (issue 21 point 5, issue 23 point 1): the whole 报审 set into one folder, all or
// nothing, only after the drafter saw what is still open; the 起草说明 words the settled round
// as the genre does. Every file is read back with python-docx.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addTypedComment, markNoObjection, resolveComment } from '../../../core/consult/comments.ts';
import { createRound } from '../../../core/consult/rounds.ts';
import { exportReviewPackage } from '../../../core/documents/export/review-package.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { checkPlan } from '../../../core/review-input/check-plan.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { createPlanFile, type Db } from '../../../core/store/open.ts';
import { smallPlan, tempDir } from '../../helpers/plans.ts';
import { readDocx } from './read-docx.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function consultedPlan(): { db: Db; out: string; ids: number[] } {
  const dir = tempDir();
  dirs.push(dir);
  const db = createPlanFile(path.join(dir, 'p.qicao'), (d) => fillPlan(d, PlanSpec.parse(smallPlan)));
  createRound(db, { name: '第一轮', sentDate: '2024-02-20', dueDate: '2024-03-01', units: ['区生态环境局', '区水务局', '雁栖镇'] }, { send: true });
  const a = addTypedComment(db, { unit: '区生态环境局', nodeId: 10, text: '建议增加洒水频次。' });
  const b = addTypedComment(db, { unit: '区生态环境局', nodeId: 10, text: '建议删去本条。' });
  const out = path.join(dir, 'out');
  execFileSync('mkdir', [out]);
  return { db, out, ids: [a.id, b.id] };
}

const paragraphsOf = (file: string) => readDocx(file).paragraphs.map((p) => p.text);

describe('导出报审材料', () => {
  it('writes nothing and names the open comments and silent units until the drafter confirms', async () => {
    const { db, out } = consultedPlan();
    const first = await exportReviewPackage(db, { outDir: out });
    expect(first.status).toBe('needs-confirmation');
    if (first.status !== 'needs-confirmation') throw new Error('unreachable');
    expect(first.warning.pendingComments.map((c) => [c.unit, c.clause])).toEqual([
      ['区生态环境局', '一、（二）1.（1）'],
      ['区生态环境局', '一、（二）1.（1）'],
    ]);
    expect(first.warning.silentUnits.map((u) => u.unit)).toEqual(['区水务局', '雁栖镇']);
    expect(first.warning.message).toBe(
      '还有2条意见待处理（区生态环境局），2个单位尚未反馈（区水务局、雁栖镇）。报审前请在“征求意见”中逐条处理待处理的意见，催办未反馈的单位或记为“无意见”。',
    );
    expect(readdirSync(out)).toEqual([]);
    // qicao check says the same before 报审
    const finding = checkPlan(db).findings.find((f) => f.message.startsWith('征求意见尚未办结'));
    expect(finding?.message).toContain('还有2条意见待处理');
    // its own rule: dismissing the plan-wide 计划不完整 warning must not hide it
    expect(finding?.rule).toBe('consultation-open');
    expect(finding?.severity).toBe('warning');
    db.close();
  });

  it('writes the five documents under the plan title; the 起草说明 states the settled round', async () => {
    const { db, out, ids } = consultedPlan();
    resolveComment(db, ids[0], 'adopted', '已增加。');
    resolveComment(db, ids[1], 'rejected', '该项为市级任务，不能删去。');
    markNoObjection(db, { unit: '区水务局', noObjection: true });
    const result = await exportReviewPackage(db, { outDir: out, confirmed: true, silentAsNoObjection: true });
    expect(checkPlan(db).findings.find((f) => f.message.startsWith('征求意见尚未办结'))?.message).toContain('1个单位尚未反馈（雁栖镇）');
    db.close();
    if (result.status !== 'written') throw new Error('not written');
    const title = '测试行动计划';
    expect(readdirSync(out).sort()).toEqual(['（报审稿）', '任务分工表', '修改对照表', '意见采纳情况表', '起草说明'].map((n) => `${title}${n}.docx`).sort());
    expect(result.skipped).toEqual([]);
    const review = paragraphsOf(path.join(out, `${title}（报审稿）.docx`));
    expect(review[0]).toContain('（报审稿）');
    expect(review[0]).not.toContain('征求意见稿');
    const explanation = paragraphsOf(path.join(out, `${title}起草说明.docx`)).join('\n');
    expect(explanation).toContain(
      '征求了3个相关单位的意见，收到1个单位反馈意见2条，其中采纳1条、不采纳1条，1个单位无意见；对不采纳的意见已向提出单位说明理由，1个单位逾期未反馈，视为无意见。根据反馈意见修改完善，形成报审稿。',
    );
    expect(explanation).not.toContain('待处理');
    expect(explanation).not.toContain('尚未反馈');
    const adoption = readDocx(path.join(out, `${title}意见采纳情况表.docx`));
    expect(adoption.tables[0].rows.slice(1).map((r) => r.cells[4].text)).toEqual(['采纳', '不采纳']);
  });

  it('is all or nothing: one file name taken leaves the folder as it was', async () => {
    const { db, out } = consultedPlan();
    const taken = path.join(out, '测试行动计划任务分工表.docx');
    writeFileSync(taken, 'mine');
    await expect(exportReviewPackage(db, { outDir: out, confirmed: true })).rejects.toThrow(/已存在/);
    db.close();
    expect(readdirSync(out)).toEqual([path.basename(taken)]);
  });
});
