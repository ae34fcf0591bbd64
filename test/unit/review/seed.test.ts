// The real 起草说明 with its real drafting mistakes.
import { describe, expect, it } from 'vitest';
import { checkParagraphs, type Finding } from '../../../core/review/index.ts';
import { flagged, seedParagraphs } from './helpers.ts';

const doc = seedParagraphs();
const all = checkParagraphs(doc);
const of = (rule: Finding['rule']) => all.filter((f) => f.rule === rule);
const excerpts = (rule: Finding['rule']) => of(rule).map((f) => f.excerpt);

describe('the seed', () => {
  it('finds 比列 and 版块', () => {
    expect(of('typo').map((f) => [flagged(doc, f), f.suggestion])).toEqual([
      ['比列', '比例'],
      ['版块', '板块'],
    ]);
  });

  it('finds the half-width commas: "五个版块," and those of the 应对气候变化 part', () => {
    const commas = of('halfwidth-punctuation');
    expect(commas.every((f) => flagged(doc, f) === ',' && f.suggestion === '，')).toBe(true);
    expect(excerpts('halfwidth-punctuation').some((e) => e.includes('五个版块,'))).toBe(true);
    const climate = doc.findIndex((p) => p.startsWith('（四）应对气候变化'));
    const inClimate = commas.filter((f) => f.paragraph > climate && f.paragraph <= climate + 2);
    expect(inClimate.length).toBe(
      doc
        .slice(climate, climate + 3)
        .join('')
        .split(',').length - 1,
    );
    // every half-width comma in the seed sits in Chinese text
    expect(commas.length).toBe(doc.join('').split(',').length - 1);
  });

  it('finds "等；。" and "评价。。"', () => {
    const e = excerpts('repeated-punctuation');
    expect(e.some((x) => x.includes('等；。'))).toBe(true);
    expect(e.some((x) => x.includes('评价。。'))).toBe(true);
    expect(of('repeated-punctuation')).toHaveLength(2);
  });

  it('finds the numbering break "3、 任务要求" after 一、二、', () => {
    const [f, ...rest] = of('numbering-sequence');
    expect(rest).toHaveLength(0);
    expect(doc[f.paragraph]).toBe('3、 任务要求');
    expect(f.suggestion).toBe('三、');
    expect(of('numbering-format').map((x) => [x.paragraph, flagged(doc, x)])).toEqual([[f.paragraph, ' ']]);
  });

  it('finds the Word leftovers', () => {
    expect(of('word-artifact').map((f) => flagged(doc, f))).toEqual(['[bookmark: _GoBack]', '[bookmark: lawyee_37028_8]']);
  });

  it('warns that the 78% target is below the 79.1% of 2023', () => {
    const [f, ...rest] = of('target-below-baseline');
    expect(rest).toHaveLength(0);
    expect(flagged(doc, f)).toBe('78%');
    expect(f.message).toContain('79.1%');
  });

  it('finds the mixed separators of the 一是 series', () => {
    expect(of('parallel-separator').map((f) => f.excerpt)).toEqual(['试点示范，三是深入']);
  });

  it('finds 《行动计划》 and the full title after （以下简称2024年行动计划）', () => {
    const fs = of('abbreviation-inconsistent');
    expect(fs.map((f) => flagged(doc, f))).toEqual([
      '《行动计划》',
      '《推进美丽怀柔建设 持续深入打好污染防治攻坚战2024年行动计划》',
      '《推进美丽怀柔建设 持续深入打好污染防治攻坚战2024年行动计划》',
    ]);
  });

  it('finds the trailing spaces but not the space inside the official titles', () => {
    expect(of('stray-space').map((f) => f.excerpt)).toEqual(['防治措施 ', '核重点。 ']);
  });

  it('has no count-mismatch and no number-mismatch', () => {
    expect(of('count-mismatch')).toEqual([]);
    expect(of('number-mismatch')).toEqual([]);
  });

  it('gives findings whose excerpt is verbatim with context', () => {
    for (const f of all) {
      const p = doc[f.paragraph];
      const start = Math.max(0, f.offset - 2);
      const end = Math.min(p.length, f.offset + f.length + 2);
      expect(f.excerpt, f.message).toContain(p.slice(start, end));
      expect(p).toContain(f.excerpt);
    }
  });
});
