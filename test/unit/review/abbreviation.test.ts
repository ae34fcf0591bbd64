import { describe, expect, it } from 'vitest';
import { applied, findings, flagged } from './helpers.ts';

const DEF = '编制了《推进美丽怀柔建设 持续深入打好污染防治攻坚战2024年行动计划（征求意见稿）》（以下简称2024年行动计划）。';

describe('abbreviation-inconsistent', () => {
  it('flags the full title used again after the short form was defined', () => {
    const doc = [DEF, '区政府将《推进美丽怀柔建设 持续深入打好污染防治攻坚战2024年行动计划》落实情况纳入考核。'];
    const [f, ...rest] = findings('abbreviation-inconsistent', doc);
    expect(rest).toHaveLength(0);
    expect(flagged(doc, f)).toBe('《推进美丽怀柔建设 持续深入打好污染防治攻坚战2024年行动计划》');
    expect(applied(doc, f)).toBe('区政府将2024年行动计划落实情况纳入考核。');
    expect(f.severity).toBe('warning');
  });

  it('flags another short form', () => {
    const doc = [DEF, '《行动计划》主要包括五大方面。'];
    const [f] = findings('abbreviation-inconsistent', doc);
    expect(flagged(doc, f)).toBe('《行动计划》');
    expect(f.suggestion).toBe('2024年行动计划');
  });

  it('handles names defined without 《》 and quoted short forms', () => {
    const doc = ['由北京市怀柔区生态环境局（以下简称“区生态环境局”）牵头。', '北京市怀柔区生态环境局负责督办。'];
    const [f] = findings('abbreviation-inconsistent', doc);
    expect(flagged(doc, f)).toBe('北京市怀柔区生态环境局');
    expect(f.suggestion).toBe('区生态环境局');
  });

  it.each([
    [[DEF, '2024年行动计划主要包括五大方面。', '《2024年行动计划》印发后实施。']],
    [['草拟了《推进美丽怀柔建设 持续深入打好污染防治攻坚战2024年行动计划（征求意见稿）》，现汇报如下。', DEF]],
    [[DEF, '研究《推进美丽北京建设 持续深入打好污染防治攻坚战2024年行动计划》。', '落实《北京市土壤污染防治条例》。']],
    [['全区推进五大污染防治攻坚战行动计划。']],
  ])('does not flag %#', (doc) => {
    expect(findings('abbreviation-inconsistent', doc)).toEqual([]);
  });
});
