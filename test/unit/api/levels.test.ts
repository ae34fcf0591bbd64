// The editing channels follow the plan's level scheme: shapes it forbids are refused in
// Chinese, names can be changed, and the 方面 level can be dropped only while nothing uses it.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Channel, Input, Output } from '../../../core/api/contract.ts';
import { dispatch } from '../../../core/api/dispatch.ts';
import { Session } from '../../../core/api/session.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { createPlanFile } from '../../../core/store/open.ts';
import { threeLevelPlan } from '../../fixtures/three-level-plan.ts';
import { tempDir } from '../../helpers/plans.ts';

const sessions: Session[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

function openThreeLevel(): Session {
  const dir = tempDir();
  const file = path.join(dir, '三级.qicao');
  createPlanFile(file, (db) => fillPlan(db, PlanSpec.parse(threeLevelPlan))).close();
  const s = new Session(path.join(dir, 'data'));
  sessions.push(s);
  s.open(file);
  return s;
}

/** A channel's answer, typed by the contract; a refusal fails the test with its message. */
async function call<C extends Channel>(s: Session, channel: C, input: Input<C>): Promise<Output<C>> {
  const r = await dispatch(s, channel, input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as Output<C>;
}

describe('editing channels on a three-level plan', () => {
  it('add a key task under a part, a text section at the top; refuse an aspect and children of a section', async () => {
    const s = openThreeLevel();
    const outline = await call(s, 'plan.outline', {});
    const [intro, air] = outline;
    const task = await call(s, 'node.add', { parentId: air.id, kind: 'keyTask', title: '加强餐饮油烟治理' });
    await call(s, 'node.add', { parentId: task.id, kind: 'measure', title: '城区餐饮单位油烟净化设施安装率达到100%。' });
    const counts = await call(s, 'plan.counts', {});
    expect(counts.parts[0].sentence).toBe('本部分内容包括3项重点任务，6项具体措施。');
    expect(counts.levels.aspects).toBe(false);

    const aspect = await dispatch(s, 'node.add', { parentId: air.id, kind: 'aspect', title: '方面' });
    expect(aspect).toMatchObject({ ok: false, error: { code: 'wrong-kind' } });
    expect(!aspect.ok && aspect.error.message).toMatch(/三级结构/);
    const underSection = await dispatch(s, 'node.move', { id: task.id, parentId: intro.id, index: 0 });
    expect(!underSection.ok && underSection.error.message).toMatch(/文字章节只有标题和正文/);

    const section = await call(s, 'node.add', { parentId: null, kind: 'section', title: '工作要求', index: 3 });
    await call(s, 'part.update', { id: section.id, content: '各单位按季度报送进展。' });
    expect(await call(s, 'node.get', { id: section.id })).toMatchObject({ kind: 'section', content: '各单位按季度报送进展。' });
    const goals = await dispatch(s, 'part.update', { id: section.id, goals: '目标' });
    expect(!goals.ok && goals.error.message).toMatch(/文字章节/);
    expect((await call(s, 'plan.counts', {})).parts).toHaveLength(2);
  });

  it('rename the levels, which words the sentences; refuse adding the 方面 level once key tasks exist', async () => {
    const s = openThreeLevel();
    const levels = await call(s, 'plan.setLevels', { names: { keyTask: '主要任务', measure: '工作措施' } });
    expect(levels).toEqual({ aspects: false, names: { part: '部分', aspect: '方面', keyTask: '主要任务', measure: '工作措施' } });
    expect((await call(s, 'plan.counts', {})).totals.sentence).toBe('共计5项主要任务、9项工作措施。');
    const refused = await dispatch(s, 'plan.setLevels', { aspects: true });
    expect(!refused.ok && refused.error.message).toMatch(/已有主要任务直接位于部分下/);
    // one undo step takes the names back
    await call(s, 'history.undo', {});
    expect((await call(s, 'plan.counts', {})).totals.sentence).toBe('共计5项重点任务、9项具体措施。');
  });
});
