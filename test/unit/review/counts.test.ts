import { describe, expect, it } from 'vitest';
import { checkParagraphs, countMismatchesAgainstPlan, statedCounts } from '../../../core/review/index.ts';
import { applied, findings, flagged, seedParagraphs } from './helpers.ts';

const PLAN = {
  parts: [
    { name: '大气污染防治', aspects: 6, keyTasks: 27, measures: 66 },
    { name: '水污染防治', aspects: 4, keyTasks: 17, measures: 41 },
    { name: '土壤污染防治', aspects: 5, keyTasks: 17, measures: 39 },
    { name: '应对气候变化', aspects: 5, keyTasks: 17, measures: 32 },
    { name: '生态保护', aspects: 4, keyTasks: 14, measures: 27 },
  ],
  totals: { aspects: 24, keyTasks: 92, measures: 205 },
};

describe('statedCounts', () => {
  it('reads the seed: five parts and the totals (which state no aspects)', () => {
    const s = statedCounts(seedParagraphs());
    expect(s.parts.map((p) => [p.name, p.aspects, p.keyTasks, p.measures])).toEqual(PLAN.parts.map((p) => [p.name, p.aspects, p.keyTasks, p.measures]));
    expect(s.totals).toMatchObject({ aspects: null, keyTasks: 92, measures: 205, paragraph: 9 });
    expect(s.parts[0]).toMatchObject({ paragraph: 10 });
  });

  it('reads Chinese numerals for aspects, including 两 and 二十四', () => {
    const s = statedCounts(['（一）甲：本部分内容包括两个方面，3项重点任务，5项具体措施。', '全计划共二十四个方面，共计92项重点任务。']);
    expect(s.parts[0]).toMatchObject({ name: '甲', aspects: 2, keyTasks: 3, measures: 5 });
    expect(s.totals).toMatchObject({ aspects: 24, keyTasks: 92, measures: null });
  });
});

describe('count-mismatch in a document', () => {
  it('finds nothing on the seed (parts sum to 92/205; 一是 items are not aspects)', () => {
    expect(findings('count-mismatch', seedParagraphs())).toEqual([]);
  });

  it('fires when a part states a different number', () => {
    const doc = seedParagraphs().map((p) => p.replace('27项重点任务，66项具体措施', '28项重点任务，66项具体措施'));
    const fs = findings('count-mismatch', doc);
    expect(fs).toHaveLength(1);
    expect(fs[0].paragraph).toBe(9); // the totals sentence disagrees with the sum of the parts
    expect(flagged(doc, fs[0])).toBe('92');
    expect(fs[0].message).toContain('93');
    expect(fs[0].severity).toBe('error');
  });

  it('gives one finding per wrong statement, covering all its wrong numbers', () => {
    const doc = seedParagraphs().map((p) => p.replace('17项重点任务，41项具体措施', '18项重点任务，42项具体措施'));
    const fs = findings('count-mismatch', doc);
    expect(fs).toHaveLength(1);
    expect(flagged(doc, fs[0])).toBe('92项重点任务、205');
  });

  it('checks aspects when the totals state them', () => {
    const doc = ['二、措施', '共计二十五个方面、92项重点任务。', '（一）甲：本部分内容包括二十四个方面，92项重点任务。'];
    const fs = findings('count-mismatch', doc);
    expect(fs.map((f) => flagged(doc, f))).toEqual(['二十五']);
  });
});

describe('countMismatchesAgainstPlan', () => {
  it('agrees with the real plan on the seed', () => {
    expect(countMismatchesAgainstPlan(statedCounts(seedParagraphs()), PLAN)).toEqual([]);
  });

  it('reports the stated numbers the plan contradicts, with the fix', () => {
    const doc = seedParagraphs();
    const plan = structuredClone(PLAN);
    plan.parts[1].measures = 42; // one measure added to 水污染防治
    plan.parts[0].aspects = 7;
    plan.totals = { aspects: 25, keyTasks: 92, measures: 206 };
    const fs = countMismatchesAgainstPlan(statedCounts(doc), plan);
    expect(fs.map((f) => [f.paragraph, flagged(doc, f), f.suggestion])).toEqual([
      [10, '六', '七'],
      [13, '41', '42'],
      [9, '205', '206'],
    ]);
    for (const f of fs) {
      expect(f.rule).toBe('count-mismatch');
      expect(f.excerpt).toContain(flagged(doc, f));
    }
    expect(applied(doc, fs[1])).toContain('17项重点任务，42项具体措施');
  });

  it('matches parts by name, not only by order', () => {
    const doc = ['（一）水污染防治：本部分内容包括四个方面，17项重点任务，41项具体措施。', '（二）大气污染防治：本部分内容包括六个方面，27项重点任务，66项具体措施。'];
    expect(countMismatchesAgainstPlan(statedCounts(doc), { parts: PLAN.parts.slice(0, 2) })).toEqual([]);
  });

  it('rewrites several numbers of one statement in one suggestion', () => {
    const doc = ['（一）大气污染防治：本部分内容包括六个方面，27项重点任务，66项具体措施。'];
    const plan = { parts: [{ name: '大气污染防治', aspects: 6, keyTasks: 28, measures: 70 }] };
    const [f] = countMismatchesAgainstPlan(statedCounts(doc), plan);
    expect(flagged(doc, f)).toBe('27项重点任务，66');
    expect(f.suggestion).toBe('28项重点任务，70');
  });

  it('is not run by checkParagraphs (it needs the plan)', () => {
    const doc = ['（一）大气污染防治：本部分内容包括六个方面，27项重点任务，66项具体措施。'];
    expect(checkParagraphs(doc)).toEqual([]);
  });
});
