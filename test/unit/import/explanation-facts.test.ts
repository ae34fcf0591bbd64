import { describe, expect, it } from 'vitest';
import { consultationFacts, titleFromExplanation } from '../../../core/documents/import/explanation-facts.ts';

describe('what a 起草说明 states about the consultation', () => {
  it('reads the date sent and the numbers of the adoption summary sentence', () => {
    expect(
      consultationFacts(['我单位于2024年2月20日征求了各相关单位意见。', '共征求40个单位意见，收到35个单位反馈意见52条，其中采纳30条、部分采纳12条、未采纳10条，5个单位无意见。']),
    ).toEqual({ sentDate: '2024-02-20', unitsAsked: 40, unitsReplied: 35, comments: 52, adopted: 30, partlyAdopted: 12, rejected: 10, noObjection: 5 });
  });

  it('leaves out what is not stated', () => {
    expect(consultationFacts(['2024年是关键一年。'])).toMatchObject({ sentDate: null, adopted: null });
  });

  it('takes the plan title from inside 《》', () => {
    expect(titleFromExplanation('《推进美丽怀柔建设 持续深入打好污染防治攻坚战2024年行动计划（征求意见稿）》的起草说明')).toBe(
      '推进美丽怀柔建设 持续深入打好污染防治攻坚战2024年行动计划（征求意见稿）',
    );
    expect(titleFromExplanation('2025年工作方案的起草说明')).toBe('2025年工作方案');
  });
});
