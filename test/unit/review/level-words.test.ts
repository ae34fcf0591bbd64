// Count sentences in the plan's own level words: a plan that renamed 重点任务/具体措施 to
// 主要任务/工作措施 states "27项主要任务", and the check reads it, compares it with the plan and
// answers in those words. The usual variants ("任务N项", "分解任务N项", "N项重点工作任务") are read too.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Channel, Input, Output } from '../../../core/api/contract.ts';
import { dispatch } from '../../../core/api/dispatch.ts';
import { Session } from '../../../core/api/session.ts';
import { levelWords } from '../../../core/model/level-words.ts';
import { LevelScheme } from '../../../core/model/levels.ts';
import { countMismatchesAgainstPlan, statedCounts } from '../../../core/review/index.ts';
import { tempDir } from '../../helpers/plans.ts';

const RENAMED = levelWords(LevelScheme.parse({ names: { keyTask: '主要任务', measure: '工作措施' } }));

const ACTUAL = {
  parts: [
    { name: '大气污染防治', aspects: 6, keyTasks: 27, measures: 66 },
    { name: '水污染防治', aspects: 4, keyTasks: 17, measures: 41 },
  ],
};

describe('stated counts in the plan’s level words', () => {
  it('reads 主要任务/工作措施 and the usual variants in either order', () => {
    const s = statedCounts(
      [
        '一、大气污染防治',
        '本部分内容包括六个方面，26项主要任务，66项工作措施。',
        '二、水污染防治',
        '本部分内容包括四个方面，确定任务17项，分解任务41项。',
        '全计划共计44项重点工作任务、107项工作措施。',
      ],
      RENAMED,
    );
    expect(s.parts.map((p) => [p.name, p.aspects, p.keyTasks, p.measures])).toEqual([
      ['大气污染防治', 6, 26, 66],
      ['水污染防治', 4, 17, 41],
    ]);
    expect(s.totals).toMatchObject({ keyTasks: 44, measures: 107 });
  });

  it('a renamed-level plan gets count-mismatch findings in its own words', () => {
    const stated = statedCounts(['一、大气污染防治', '本部分内容包括六个方面，26项主要任务，66项工作措施。'], RENAMED);
    const found = countMismatchesAgainstPlan(stated, ACTUAL, RENAMED);
    expect(found.map((f) => f.message)).toEqual(['与计划不一致：“大气污染防治”实有主要任务为27项，此处写作“26项主要任务”。']);
    expect(found[0].suggestion).toBe('27');
  });
});

const sessions: Session[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

async function call<C extends Channel>(s: Session, channel: C, input: Input<C>): Promise<Output<C>> {
  const r = await dispatch(s, channel, input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as Output<C>;
}

/** Replaces the first bound part sentence of the 起草说明 by typed text. */
function typeOverPartSentence(doc: unknown, text: string): boolean {
  if (Array.isArray(doc)) return doc.some((d, i) => (isPartSentence(d) ? ((doc[i] = { text }), true) : typeOverPartSentence(d, text)));
  if (doc && typeof doc === 'object') return Object.values(doc).some((v) => typeOverPartSentence(v, text));
  return false;
}
const isPartSentence = (d: unknown) => (d as { bind?: { type?: string } })?.bind?.type === 'partSentence';

describe('review.check on a plan with renamed levels', () => {
  it('compares a typed "26项主要任务" with the plan’s 27', async () => {
    const dir = tempDir();
    const s = new Session(path.join(dir, 'data'), false);
    sessions.push(s);
    await call(s, 'plan.create', { path: path.join(dir, '改名.qicao'), sample: true });
    await call(s, 'plan.setLevels', { names: { keyTask: '主要任务', measure: '工作措施' } });
    const { doc } = await call(s, 'explanation.get', {});
    expect(typeOverPartSentence(doc, '本部分内容包括六个方面，26项主要任务，66项工作措施。')).toBe(true);
    await call(s, 'explanation.save', { doc });
    const review = await call(s, 'review.check', {});
    const counts = review.findings.filter((f) => f.rule === 'count-mismatch');
    expect(counts.map((f) => f.message)).toEqual(['与计划不一致：“大气污染防治”实有主要任务为27项，此处写作“26项主要任务”。']);
  });
});
