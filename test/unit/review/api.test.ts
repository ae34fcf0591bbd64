import { describe, expect, it } from 'vitest';
import { checkParagraphs, findingKey, RULE_IDS, SEVERITY } from '../../../core/review/index.ts';
import { seedParagraphs } from './helpers.ts';

// A well-formed explanation: headings in order, one separator per series, full-width
// punctuation, numbers and Latin text written correctly, counts and indicators consistent.
const CLEAN = [
  '附件2',
  '',
  '《推进美丽怀柔建设 持续深入打好污染防治攻坚战2024年行动计划》的起草说明',
  '',
  '一、起草背景及过程',
  '2023年，全区PM2.5年均浓度29微克/立方米，优良天数比率为79.1%，较2019年优良天数增加了16天。我们编制了《推进美丽怀柔建设 持续深入打好污染防治攻坚战2024年行动计划（征求意见稿）》（以下简称2024年行动计划），于2024年2月20日上午10:30征求意见，详见https://x.y/a?b=1,2。',
  '二、2024年污染防治措施',
  '2024年行动计划共计44项重点任务、107项具体措施。详细情况如下：',
  '（一）大气污染防治：本部分内容包括六个方面，27项重点任务，66项具体措施。',
  '主要目标：PM2.5年均浓度不高于28微克/立方米，优良天数比率达到80%，降尘量控制在4.5吨/平方公里·月。',
  '主要内容：一是实施挥发性有机物（VOCs）治理。二是实施氮氧化物（NOx）减排。三是提升精细化管控水平。',
  '（二）水污染防治：本部分内容包括四个方面，17项重点任务，41项具体措施。',
  '主要目标为：1.全区水质稳中向好；2.完成化学需氧量（COD）630吨、氨氮（NH3—N）65吨的减排目标。',
  '主要内容：一是水资源保护；二是水环境治理；三是水生态修复。',
  '三、任务要求',
  '1.统一思想',
  '一是要统一思想。各部门要以习近平生态文明思想为指导。',
  '二是要强化宣传。The slogan reads: "Clean air, clear water!"',
  '2.严格考核',
  '（1）纳入绩效考核',
  '（2）定期通报',
];

describe('checkParagraphs', () => {
  it('gives no finding on a clean, well-formed document', () => {
    expect(checkParagraphs(CLEAN)).toEqual([]);
  });

  it('gives an empty result for no paragraphs', () => {
    expect(checkParagraphs([])).toEqual([]);
  });

  it('uses the severity of each rule', () => {
    expect(SEVERITY).toMatchObject({
      'count-mismatch': 'error',
      'number-mismatch': 'error',
      'repeated-punctuation': 'error',
      'halfwidth-punctuation': 'error',
      'numbering-sequence': 'error',
      typo: 'error',
      'word-artifact': 'error',
      'target-below-baseline': 'warning',
      'numbering-format': 'warning',
      'abbreviation-inconsistent': 'warning',
      'stray-space': 'warning',
      'parallel-separator': 'warning',
      'unbalanced-bracket': 'warning',
      'date-format': 'warning',
      'plan-incomplete': 'warning',
      'explanation-incomplete': 'warning',
    });
    for (const f of checkParagraphs(seedParagraphs())) expect(f.severity).toBe(SEVERITY[f.rule]);
  });

  it('returns findings in document order', () => {
    const fs = checkParagraphs(seedParagraphs());
    const pos = fs.map((f) => f.paragraph * 1e6 + f.offset);
    expect(pos).toEqual([...pos].sort((a, b) => a - b));
  });

  it('drops dismissed findings and keeps the others', () => {
    const doc = seedParagraphs();
    const before = checkParagraphs(doc);
    const warning = before.find((f) => f.rule === 'target-below-baseline')!;
    const after = checkParagraphs(doc, { dismissed: [findingKey(warning)] });
    expect(after).toHaveLength(before.length - 1);
    expect(after.some((f) => f.rule === 'target-below-baseline')).toBe(false);
    // the key survives an edit elsewhere that shifts paragraph numbers
    const shifted = checkParagraphs(['新增一段。', ...doc], { dismissed: [findingKey(warning)] });
    expect(shifted.some((f) => f.rule === 'target-below-baseline')).toBe(false);
  });

  it('can run a subset of rules', () => {
    const fs = checkParagraphs(seedParagraphs(), { rules: ['typo'] });
    expect(new Set(fs.map((f) => f.rule))).toEqual(new Set(['typo']));
    expect(RULE_IDS).toHaveLength(18);
  });

  it('applies every suggestion without overlapping another finding', () => {
    const doc = seedParagraphs();
    const fs = checkParagraphs(doc).filter((f) => f.suggestion !== undefined);
    for (let k = 1; k < fs.length; k++) {
      const [a, b] = [fs[k - 1], fs[k]];
      if (a.paragraph === b.paragraph) expect(a.offset + a.length, `${a.rule}/${b.rule}`).toBeLessThanOrEqual(b.offset);
    }
  });
});
