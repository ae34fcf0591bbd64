// Last year's plan made this year's, and find-and-replace: a reviewed list of rows (where,
// before → after), the kept rows written as ONE undo step; rows left unticked stay as they were;
// a stale list changes nothing; 审校 flags last year's deadlines and fixes them in one click.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch.ts';
import { Session } from '../../../core/api/session.ts';
import type { TextEditRow } from '../../../core/model/text-edit.ts';
import { createPlanFile } from '../../../core/store/open.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { measuresOf } from '../../../core/model/level-rules.ts';
import { smallPlan, tempDir } from '../../helpers/plans.ts';
import path from 'node:path';

let s: Session;

async function call<T>(channel: string, input: unknown): Promise<T> {
  const r = (await dispatch(s, channel as never, input as never)) as { ok: boolean; value?: T; error?: { message: string } };
  if (!r.ok) throw new Error(r.error!.message);
  return r.value as T;
}

const spec = {
  ...smallPlan,
  title: '推进美丽怀柔建设 持续深入打好污染防治攻坚战2024年行动计划',
  year: 2024,
  parts: smallPlan.parts.map((p, k) => (k === 0 ? { ...p, goals: '2024年PM2.5年均浓度不高于28微克/立方米，较2020年下降15%。2023年PM2.5年均浓度29微克/立方米。' } : p)),
};

beforeEach(async () => {
  const file = path.join(tempDir(), 'plan.qicao');
  createPlanFile(file, (d) => fillPlan(d, PlanSpec.parse(spec))).close();
  s = new Session(tempDir());
  s.open(file);
  const { doc } = await call<{ doc: { title: string; blocks: { style: string; segments: unknown[] }[] } }>('explanation.get', {});
  doc.blocks.push({ style: 'body', segments: [{ text: '依据《北京市2024年行动计划》（京政办发〔2024〕4号），2024年度任务于2024年底前完成。' }] });
  await call('explanation.save', { doc });
});
afterEach(() => s.close());

const deadlines = () => measuresOf(readPlan(s.plan).parts[0]).map((m) => m.deadline);

describe('改为下一年度', () => {
  it('lists every moving year once, with where and before → after, and applies the kept rows as one undo step', async () => {
    const list = await call<{ from: number; to: number; rows: TextEditRow[] }>('plan.rollForwardList', {});
    expect([list.from, list.to]).toEqual([2024, 2025]);
    const where = list.rows.map((r) => r.where);
    expect(where).toContain('计划年度');
    expect(where).toContain('计划名称');
    const goals = list.rows.find((r) => r.where.endsWith('主要目标'))!;
    expect(goals.after).toBe('2025年PM2.5年均浓度不高于28微克/立方米，较2020年下降15%。2023年PM2.5年均浓度29微克/立方米。');
    const explanation = list.rows.find((r) => r.target.kind === 'explanationText' && r.before.includes('京政办发'))!;
    expect(explanation.after).toBe('依据《北京市2024年行动计划》（京政办发〔2024〕4号），2025年度任务于2025年底前完成。');
    expect(list.rows.filter((r) => r.target.kind === 'deadline').map((r) => r.excerptAfter)).toEqual(['2025年底前', '2025年10月底前', '2025年底前', '2025年底前']);

    // the drafter unticks one deadline: it stays 2024
    const kept = list.rows.filter((r) => !(r.target.kind === 'deadline' && r.before === '2024年10月底前'));
    await call('plan.rollForwardApply', { edits: kept.map(({ target, before, after }) => ({ target, before, after })) });
    const plan = readPlan(s.plan);
    expect(plan.title).toBe('推进美丽怀柔建设 持续深入打好污染防治攻坚战2025年行动计划');
    expect(plan.year).toBe(2025);
    expect(deadlines()).toEqual(['2025年底前', '2024年10月底前', '长期坚持', '2025年底前']);
    expect(await call('history.state', {})).toEqual({ undo: '改为下一年度', redo: null });

    // one undo step brings all of it back
    await call('history.undo', {});
    expect(readPlan(s.plan).title).toContain('2024年行动计划');
    expect(readPlan(s.plan).year).toBe(2024);
    expect(deadlines()).toEqual(['2024年底前', '2024年10月底前', '长期坚持', '2024年底前']);
  });

  it('refuses a list made before the plan changed, changing nothing', async () => {
    const list = await call<{ rows: TextEditRow[] }>('plan.rollForwardList', {});
    const first = measuresOf(readPlan(s.plan).parts[0])[0];
    await call('measure.setDeadline', { id: first.id, deadline: '2024年11月底前' });
    const edits = list.rows.map(({ target, before, after }) => ({ target, before, after }));
    await expect(call('plan.rollForwardApply', { edits })).rejects.toThrow('列表生成后计划已被修改');
    expect(readPlan(s.plan).year).toBe(2024);
    expect(readPlan(s.plan).title).toContain('2024年');
  });
});

describe('查找替换', () => {
  it('previews every field holding the text and replaces the kept ones as one step', async () => {
    const list = await call<{ rows: TextEditRow[]; hits: number }>('text.findReplaceList', { find: '区生态环境局', replace: '区生态环境局（区碳达峰办）' });
    expect(list.rows).toEqual([]); // unit names are not text fields: renamed in the unit list
    const pm = await call<{ rows: TextEditRow[]; hits: number }>('text.findReplaceList', { find: '2024年底前', replace: '2025年底前' });
    expect(pm.rows.map((r) => r.target.kind)).toEqual(['deadline', 'deadline', 'deadline', 'explanationText']);
    expect(pm.hits).toBe(4);
    await call('text.replaceApply', { edits: pm.rows.map(({ target, before, after }) => ({ target, before, after })) });
    expect(deadlines()).toEqual(['2025年底前', '2024年10月底前', '长期坚持', '2025年底前']);
    expect(await call('history.state', {})).toEqual({ undo: '查找替换', redo: null });
  });
});

describe('审校: years left from last year', () => {
  it('flags deadlines before the plan year, not baselines, and fixes one in one click', async () => {
    await call('plan.update', { year: 2025 });
    const view = await call<{
      findings: { rule: string; field: string | null; nodeId: number | null; fieldOffset: number; length: number; suggestion?: string; flagged: string; block?: number }[];
    }>('review.check', {});
    const stale = view.findings.filter((f) => f.rule === 'stale-year');
    expect(stale.filter((f) => f.field === 'deadline')).toHaveLength(4);
    expect(stale.some((f) => f.flagged === '2023年' || f.flagged === '2020年')).toBe(false);
    const one = stale.find((f) => f.field === 'deadline')!;
    await call('review.fix', { nodeId: one.nodeId, field: 'deadline', offset: one.fieldOffset, length: one.length, replacement: one.suggestion, original: one.flagged });
    expect(deadlines()[0]).toBe('2025年底前');
  });
});
