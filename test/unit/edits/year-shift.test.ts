// The one rule of which years move when last year's plan becomes this year's, on text shaped
// like the 2024 怀柔 plan: deadlines, 年度 and the plan's own year move; baselines, 文号, the
// names and dates of basis documents, and other years stay.
import { describe, expect, it } from 'vitest';
import { rollYears, staleYears, yearMentions } from '../../../core/model/year-shift.ts';

const roll = (t: string) => rollYears(t, 2024, 2025);

describe('rollYears 2024 → 2025', () => {
  it('moves deadlines, 年度 phrases, the title year and a period starting in the plan year', () => {
    expect(roll('2024年底前')).toBe('2025年底前');
    expect(roll('2024年6月底前')).toBe('2025年6月底前');
    expect(roll('2024年6月30日前')).toBe('2025年6月30日前');
    expect(roll('2024年上半年，长期坚持')).toBe('2025年上半年，长期坚持');
    expect(roll('2024—2025年')).toBe('2025—2026年');
    expect(roll('推进美丽怀柔建设 持续深入打好污染防治攻坚战2024年行动计划')).toBe('推进美丽怀柔建设 持续深入打好污染防治攻坚战2025年行动计划');
    expect(roll('完成2024年度大气污染防治考核任务。')).toBe('完成2025年度大气污染防治考核任务。');
    // the year before's 年度 is work done in the plan year: it moves too
    expect(roll('开展2023年度GEP-R核算。')).toBe('开展2024年度GEP-R核算。');
    expect(roll('2024年全区PM2.5年均浓度控制在28微克/立方米以内。')).toBe('2025年全区PM2.5年均浓度控制在28微克/立方米以内。');
  });

  it('keeps baselines, other years, 文号 and basis documents as they are', () => {
    const keep = [
      '单位地区生产总值二氧化碳排放较2020年累计下降15%左右。',
      '2023年PM2.5年均浓度29微克/立方米，优良天数比率79.1%。',
      '依据《推进美丽北京建设 持续深入打好污染防治攻坚战2024年行动计划》（京政办发〔2024〕4号）制定。',
      '市政府于2024年1月15日印发实施方案。',
      '与2024年相比，重污染天数减少。',
      '2020年以来，全区空气质量持续改善。',
      '落实“十四五”规划2021—2025年目标。',
    ];
    for (const t of keep) expect(roll(t)).toBe(t);
  });

  it('moves only what moves inside one sentence', () => {
    const text = '较2020年下降15%，2023年PM2.5为29微克/立方米，2024年底前完成，依据京环发〔2024〕3号。';
    expect(roll(text)).toBe('较2020年下降15%，2023年PM2.5为29微克/立方米，2025年底前完成，依据京环发〔2024〕3号。');
  });

  it('classifies each mention once', () => {
    expect(yearMentions('较2020年，2024年底前，2024年度，《2024年方案》，2024年1月15日印发').map((m) => m.kind)).toEqual(['baseline', 'deadline', 'annual', 'document', 'date']);
  });
});

describe('staleYears in a 2025 plan', () => {
  it('flags deadlines and 年度 phrases before the plan year, with the fix, and nothing else', () => {
    const text = '2024年底前完成，2023年度考核，2024年度GEP核算，2023年PM2.5为29，较2020年下降，2025年6月底前。';
    expect(staleYears(text, 2025).map((s) => [s.text, s.replacement])).toEqual([
      ['2024年', '2025年'],
      ['2023年', '2025年'],
    ]);
    expect(staleYears('2025年底前', 2025)).toEqual([]);
  });
});
