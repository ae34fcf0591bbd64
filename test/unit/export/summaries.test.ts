// Summary sentences that add up and read as prose (issue #15 point 4): the 意见采纳情况表's
// closing line, the 修改对照表's summary, and the consultation sentence of the 起草说明.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../../core/compare/index.ts';
import { consultationFacts } from '../../../core/consult/facts.ts';
import { createRound, roundForFeedback } from '../../../core/consult/rounds.ts';
import { repliesSentence, summarySentence } from '../../../core/consult/summary.ts';
import { EMPTY_ADOPTION_TABLE_MESSAGE, exportAdoptionTable } from '../../../core/documents/export/adoption-table.ts';
import { comparisonSummary } from '../../../core/documents/export/comparison-table.ts';
import { exportExplanation } from '../../../core/documents/export/explanation.ts';
import { aspectsOf } from '../../../core/model/level-rules.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { createPlanFile } from '../../../core/store/open.ts';
import { smallPlan as smallPlanSpec, tempDir } from '../../helpers/plans.ts';
import { smallPlan } from './fixtures.ts';
import { exportAndRead } from './read-docx.ts';

const numbers = (n: Partial<Parameters<typeof summarySentence>[0]>): Parameters<typeof summarySentence>[0] => ({
  asked: 0,
  unitsWithComments: 0,
  comments: 0,
  adopted: 0,
  partlyAdopted: 0,
  rejected: 0,
  pending: 0,
  noObjection: 0,
  notReplied: 0,
  ...n,
});

describe('the adoption summary line', () => {
  it('states pending comments, so the handled and pending add up to the comments received', () => {
    const s = numbers({ asked: 5, unitsWithComments: 3, comments: 6, adopted: 2, partlyAdopted: 1, rejected: 1, pending: 2, noObjection: 2 });
    expect(summarySentence(s)).toBe('共征求5个单位意见，收到3个单位反馈意见6条，其中采纳2条、部分采纳1条、不采纳1条，另有2条待处理，2个单位无意见。');
  });

  it('leaves out clauses whose number is 0: never "0个单位无意见" or "采纳0条"', () => {
    const s = numbers({ asked: 3, unitsWithComments: 2, comments: 4, adopted: 3, rejected: 1, notReplied: 1 });
    const sentence = summarySentence(s);
    expect(sentence).toBe('共征求3个单位意见，收到2个单位反馈意见4条，其中采纳3条、不采纳1条，1个单位尚未反馈。');
    expect(sentence).not.toMatch(/[^0-9]0(个|条)/);
    expect(sentence).not.toContain('未采纳');
  });

  it('reads as prose when nothing or only 无意见 came back', () => {
    expect(summarySentence(numbers({ asked: 4, notReplied: 4 }))).toBe('共征求4个单位意见，尚未收到反馈意见。');
    expect(summarySentence(numbers({ asked: 4, noObjection: 4 }))).toBe('共征求4个单位意见，各单位均无意见。');
    expect(summarySentence(numbers({ asked: 2, unitsWithComments: 1, comments: 3, pending: 3, noObjection: 1 }))).toBe(
      '共征求2个单位意见，收到1个单位反馈意见3条，均待处理，1个单位无意见。',
    );
  });

  it('refuses to export an empty 意见采纳情况表, in Chinese', async () => {
    await expect(exportAdoptionTable({ planTitle: '计划', rows: [], summary: '共征求2个单位意见，各单位均无意见。' })).rejects.toThrow(EMPTY_ADOPTION_TABLE_MESSAGE);
    expect(EMPTY_ADOPTION_TABLE_MESSAGE).toMatch(/^意见采纳情况表中还没有任何意见/);
  });
});

describe('the comparison summary', () => {
  const before = smallPlan();
  const after: Plan = structuredClone(before);
  const task = aspectsOf(after.parts[0])[0].children[0];
  aspectsOf(after.parts[0])[0].children.push({ ...task, id: 7000, title: '新增一项重点任务', children: [{ ...task.children[0], id: 7001 }] });

  it('names both drafts and states the counts in prose', () => {
    const result = comparePlans(before, after, { from: { name: '征求意见稿', source: 'snapshot' }, to: { name: '报审稿', source: 'snapshot' } });
    expect(comparisonSummary(result)).toBe('“报审稿”与“征求意见稿”相比，新增1处；方面仍为3个，重点任务由5项增加到6项，具体措施由8项增加到9项。');
  });

  it('calls the live plan 本稿, never 当前稿', () => {
    const result = comparePlans(before, after, { from: { name: '征求意见稿', source: 'snapshot' }, to: { name: '当前稿', source: 'current' } });
    const summary = comparisonSummary(result);
    expect(summary).toMatch(/^与“征求意见稿”相比，本稿新增1处；/);
    expect(summary).not.toContain('当前稿');
    expect(summary).not.toContain('→');
    const same = comparePlans(before, before, { from: { name: '征求意见稿', source: 'snapshot' }, to: { name: '报审稿', source: 'snapshot' } });
    expect(comparisonSummary(same)).toBe('“报审稿”与“征求意见稿”内容相同，没有修改。');
  });
});

describe('the consultation sentence of the 起草说明', () => {
  it('says 征求 once, with the number of units and what came back', async () => {
    const plan: Plan = {
      ...smallPlan(),
      consultation: {
        sentDate: '2024年2月20日',
        sentence: '共征求5个单位意见，收到3个单位反馈意见6条，其中采纳4条、不采纳2条，2个单位无意见。',
        asked: 5,
        replies: '收到3个单位反馈意见6条，其中采纳4条、不采纳2条，2个单位无意见。',
      },
    };
    const texts = (await exportAndRead(exportExplanation(plan), 'consulted.docx')).paragraphs.map((p) => p.text);
    const paragraph = texts.find((t) => t.includes('我单位于'))!;
    expect(paragraph).toContain('我单位于2024年2月20日征求了5个相关单位的意见，收到3个单位反馈意见6条，其中采纳4条、不采纳2条，2个单位无意见。根据反馈意见修改完善，形成报审稿。');
    expect(paragraph.split('征求').length - 1).toBe(1);
  });

  it('uses the date of the round the drafter sent, not of a round made automatically on import', () => {
    const db = createPlanFile(path.join(tempDir(), 'p.qicao'), (d) => fillPlan(d, PlanSpec.parse(smallPlanSpec)));
    // feedback arrived before any round was recorded: a round named after today appears
    db.transaction(() => roundForFeedback(db))();
    expect(consultationFacts(db)?.sentDate).toBeNull();
    createRound(db, { name: '第一轮', sentDate: '2024-02-20', dueDate: '2024-03-01', units: ['区生态环境局'] }, { send: true });
    const facts = consultationFacts(db)!;
    db.close();
    expect(facts.sentDate).toBe('2024年2月20日');
    expect(facts.asked).toBe(1);
    expect(facts.replies).toBe('尚未收到反馈意见。');
    expect(repliesSentence(numbers({ asked: 1, notReplied: 1 }))).toBe(facts.replies);
  });
});
