// The paper around a plan, as published: the notice is set aside line by line with its reason,
// and the plan's title is the attachment's own title line.
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../core/documents/import/front-matter.ts';

const read = (lines: string[]) => {
  const f = readFrontMatter(lines, lines.length);
  return { title: f.titleText, reasons: lines.map((_, k) => (k === f.title ? '计划标题' : (f.skipped.get(k) ?? null))) };
};

describe('the covering notice', () => {
  it('knows a notice title with the office before it, a 文号 in square brackets and a signature with its date', () => {
    expect(
      read([
        '潮州市人民政府办公室关于印发潮州市2024年',
        '大气污染防治工作方案的通知',
        '潮府办〔2024〕4号',
        '各县、区人民政府（管委会），市府直属各单位：',
        '现将《潮州市2024年大气污染防治工作方案》印发给你们，请认真贯彻落实。实施过程中遇到的问题，请径向市生态环境局反映。',
        '潮州市人民政府办公室',
        '2024年3月5日',
        '潮州市2024年大气污染防治工作方案',
      ]),
    ).toEqual({
      title: '潮州市2024年大气污染防治工作方案',
      reasons: ['通知标题', '通知标题（续行）', '文号', '主送机关', '通知正文', '发文机关署名', '成文日期', '计划标题'],
    });
  });

  it('falls back to the title the notice names when the attachment has no title line', () => {
    expect(read(['关于印发《某区2024年水污染防治工作要点》的通知', '各街道：', '现将工作要点印发给你们，请遵照执行。']).title).toBe('某区2024年水污染防治工作要点');
  });

  it('joins a title that wraps over two lines, and the stage in brackets after it', () => {
    expect(read(['附件2', '推进美丽怀柔建设 持续深入打好', '污染防治攻坚战2024年行动计划', '（征求意见稿）'])).toEqual({
      title: '推进美丽怀柔建设 持续深入打好污染防治攻坚战2024年行动计划（征求意见稿）',
      reasons: ['附件标记', '计划标题', '计划标题（续行）', '计划标题（续行）'],
    });
  });

  it('takes a plain first line as the title when there is no notice', () => {
    expect(read(['怀柔区2025年大气污染防治行动计划', '为持续改善空气质量，制定本计划。'])).toEqual({ title: '怀柔区2025年大气污染防治行动计划', reasons: ['计划标题', null] });
  });
});
