// `qicao check` on a plan says what its 起草说明 still lacks (issue 23.5) under its own rule,
// 起草说明待补写 (`explanation-incomplete`), apart from 计划不完整 (a measure or key task missing
// something): the drafter fixes them in different places, and dismissing one must not hide the other.
import { describe, expect, it } from 'vitest';
import type { PlanSpecInput } from '../../../core/model/plan-spec.ts';
import { SEVERITY } from '../../../core/model/findings.ts';
import { checkPlan } from '../../../core/review-input/check-plan.ts';
import { dismissFinding } from '../../../core/review-input/dismissals.ts';
import { writeDocumentSettings } from '../../../core/store/document-settings.ts';
import { RULE_LABEL } from '../../../renderer/src/review/labels.ts';
import { planDbsPerTest } from '../../helpers/plan-dbs.ts';
import { smallPlan } from '../../helpers/plans.ts';

const planDb = planDbsPerTest();

const GAPS = [
  '起草说明待补写：尚未填写起草单位（导出文件的作者、起草说明中的“我单位”），请在起草说明的文件信息中填写。',
  '起草说明待补写：起草背景尚未写明今年新增的内容（“同时增加了……等内容”），请在起草说明中补写。',
  '起草说明待补写：“水污染防治”没有主要目标，起草说明中该部分只有计数句，请补写主要目标。',
];

describe('explanation-incomplete', () => {
  it('names what the 起草说明 still lacks, as warnings on the plan title, under its own rule', () => {
    const r = checkPlan(planDb(smallPlan));
    const found = r.findings.filter((f) => f.rule === 'explanation-incomplete');
    expect(found.map((f) => f.message)).toEqual(GAPS);
    expect(found.map((f) => [f.nodeId, f.field, f.severity, f.excerpt])).toEqual(GAPS.map(() => [null, 'title', 'warning', '测试行动计划']));
    expect(SEVERITY['explanation-incomplete']).toBe('warning');
    expect(RULE_LABEL['explanation-incomplete']).toBe('起草说明待补写');
    // a complete plan is not "计划不完整" because its 起草说明 is unfinished
    expect(r.findings.filter((f) => f.rule === 'plan-incomplete')).toEqual([]);
  });

  it('stops asking for the drafting unit once it is set', () => {
    const db = planDb(smallPlan);
    db.transaction(() => writeDocumentSettings(db, { draftingUnit: '区生态环境局' }))();
    expect(
      checkPlan(db)
        .findings.filter((f) => f.rule === 'explanation-incomplete')
        .map((f) => f.message),
    ).toEqual(GAPS.slice(1));
  });

  it('dismissing it keeps the plan-wide 计划不完整 warning on the same title', () => {
    const noDeadlines: PlanSpecInput = {
      ...smallPlan,
      parts: (smallPlan.parts ?? []).map((p) => ({
        ...p,
        aspects: (p.aspects ?? []).map((a) => ({ ...a, keyTasks: (a.keyTasks ?? []).map((t) => ({ ...t, measures: (t.measures ?? []).map((m) => ({ ...m, deadline: '' })) })) })),
      })),
    };
    const db = planDb(noDeadlines);
    const [gap] = checkPlan(db).findings.filter((f) => f.rule === 'explanation-incomplete');
    dismissFinding(db, { rule: gap.rule, excerpt: gap.excerpt, reason: '起草说明另行撰写' });
    const after = checkPlan(db);
    expect(after.findings.filter((f) => f.rule === 'plan-incomplete').map((f) => [f.nodeId, f.field, f.message])).toEqual([
      [null, 'title', '本计划的具体措施均未填写完成时限，请逐项补上；如全年统一安排，可忽略此提示。'],
    ]);
    expect(after.findings.some((f) => f.message === gap.message)).toBe(false);
  });
});
