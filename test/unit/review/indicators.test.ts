import { describe, expect, it } from 'vitest';
import { findings, flagged } from './helpers.ts';

const BASE = '2023年，全区PM2.5年均浓度29微克/立方米，优良天数比率为79.1%，累计完成挥发性有机物（VOCs）220吨减排任务。';

describe('number-mismatch', () => {
  it('flags the same target stated with different values', () => {
    const doc = [BASE, '主要目标：PM2.5年均浓度不高于28微克/立方米。', '到年底，PM2.5年均浓度力争达到28微克/立方米。', '全年PM2.5年均浓度目标为29微克/立方米。'];
    const [f, ...rest] = findings('number-mismatch', doc);
    expect(rest).toHaveLength(0);
    expect(f.paragraph).toBe(3);
    expect(flagged(doc, f)).toBe('29微克/立方米');
    expect(f.message).toContain('28微克/立方米');
    expect(f.severity).toBe('error');
  });

  it('flags the same baseline stated with different values', () => {
    const doc = [BASE, '2023年，优良天数比率为79.5%。'];
    const fs = findings('number-mismatch', doc);
    expect(fs).toHaveLength(1);
    expect(flagged(doc, fs[0])).toBe('79.5%');
  });

  it.each([
    // baseline 2023 (29) and target 2024 (28) are different statements
    [[BASE, '主要目标：PM2.5年均浓度不高于28微克/立方米。']],
    // cumulative figures of different years
    [[BASE, '主要目标：累计完成挥发性有机物（VOCs）290吨减排目标。']],
    // changes are not levels
    [[BASE, '2023年，优良天数合计288天，较2019年优良天数增加了16天。']],
    // alternatives inside one sentence
    [['重点建设用地安全利用率达到100%，或者达到95%以上且当年依法处罚、整改到位。']],
    // 分别 lists are not bound to a single indicator
    [['2023年，可吸入颗粒物（PM10）、二氧化硫（SO2）和二氧化氮（NO2）的年均浓度分别为52、3和17微克/立方米。', '2023年，PM10年均浓度52微克/立方米。']],
    // targets of different years
    [['《2024年行动计划》', '主要目标：2024年PM2.5年均浓度不高于28微克/立方米，到2025年PM2.5年均浓度达到27微克/立方米。']],
    // a city-wide target and a target for a part of the counties are different subjects
    [['《2024年工作方案》', '到2024年底，全市细颗粒物（PM2.5）年均浓度控制在22微克/立方米以下。', '力争三分之一县（区）PM2.5年均浓度达到20微克/立方米。']],
    [['主要目标：全区优良天数比率达到90%。', '各街道优良天数比率达到85%以上。']],
  ])('does not flag %#', (doc) => {
    expect(findings('number-mismatch', doc)).toEqual([]);
  });

  it('still compares statements of the same subject (全市 and an unnamed scope are the same area)', () => {
    const doc = [
      '《2024年工作方案》',
      '到2024年底，全市PM2.5年均浓度控制在22微克/立方米以下。',
      '力争三分之一县（区）PM2.5年均浓度达到20微克/立方米。',
      '2024年PM2.5年均浓度目标为23微克/立方米。',
      '三分之一县（区）PM2.5年均浓度目标为20微克/立方米。',
    ];
    const fs = findings('number-mismatch', doc);
    expect(fs.map((f) => flagged(doc, f))).toEqual(['23微克/立方米']);
  });
});

describe('target-below-baseline', () => {
  it('warns when a higher-is-better target is below last year', () => {
    const doc = ['推进美丽怀柔建设2024年行动计划', BASE, '主要目标：优良天比率达到78%。'];
    const [f, ...rest] = findings('target-below-baseline', doc);
    expect(rest).toHaveLength(0);
    expect(flagged(doc, f)).toBe('78%');
    expect(f.message).toContain('79.1%');
    expect(f.severity).toBe('warning');
    expect(f.suggestion).toBeUndefined();
  });

  it('warns when a lower-is-better target is above last year', () => {
    const doc = ['2024年行动计划', BASE, '主要目标：PM2.5年均浓度不高于30微克/立方米。'];
    expect(findings('target-below-baseline', doc).map((f) => flagged(doc, f))).toEqual(['30微克/立方米']);
  });

  it.each([
    [['2024年行动计划', BASE, '主要目标：PM2.5年均浓度不高于28微克/立方米，优良天数比率达到80%。']],
    [['2024年行动计划', BASE, '主要目标：累计完成挥发性有机物（VOCs）290吨减排目标。']],
    [['2024年行动计划', '主要目标：优良天比率达到78%。']],
  ])('does not warn %#', (doc) => {
    expect(findings('target-below-baseline', doc)).toEqual([]);
  });
});
