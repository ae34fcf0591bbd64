// Real district plans: brackets and quotes left open, dates without 日, hyphens in year ranges.
import { describe, expect, it } from 'vitest';
import { applied, findings, flagged } from './helpers.ts';

describe('unbalanced-bracket', () => {
  it.each([
    ['加强移动源治理（市公安局牵头，市交通运输局参与。', '（', 0],
    ['印发《潮州市2024年大气污染防治工作方案的通知。', '《', 0],
    ['粤府办〔2024号文件要求。', '〔', 0],
    ['全面落实“六个百分之百要求。', '“', 0],
    ['严格落实三线一单”生态环境分区管控。', '”', 0],
    ['市生态环境局牵头）负责落实。', '）', 0],
    ['依据《大气污染防治法（2018年修正》开展执法。', '（', 0],
  ])('flags %s', (text, mark) => {
    const [f, ...rest] = findings('unbalanced-bracket', text);
    expect(rest).toHaveLength(0);
    expect(flagged(text, f)).toBe(mark);
    expect(f.severity).toBe('warning');
    expect(f.message).toContain(mark);
  });

  it('points at the right paragraph and does not carry an open bracket into the next one', () => {
    const doc = ['一、总体要求', '（一）指导思想（试行', '（二）主要目标'];
    const fs = findings('unbalanced-bracket', doc);
    expect(fs.map((f) => [f.paragraph, flagged(doc, f)])).toEqual([[1, '（']]);
  });

  it.each([
    // nested brackets
    '（牵头单位：市发改委，实施单位：各区、县（市）政府（管委会））',
    '实施单位：各县（市、区）人民政府。',
    // closed in the same sentence, and in a later sentence of the same paragraph
    '推广新能源汽车（市工业和信息化局牵头）。落实“三线一单”。',
    '按照《关于深入打好污染防治攻坚战的意见》（中发〔2021〕40号）要求，全面落实“六个百分之百”。',
    // half-width paired with full-width: halfwidth-punctuation reports it, not this rule
    '细颗粒物（PM2.5)年均浓度',
    // a list marker at the paragraph's start
    '1）加强组织领导。',
  ])('does not flag %s', (text) => {
    expect(findings('unbalanced-bracket', text)).toEqual([]);
  });

  it('accepts a quotation running over paragraphs (each opens with “, the last closes)', () => {
    expect(findings('unbalanced-bracket', ['“坚持生态优先，', '“推动绿色发展。”'])).toEqual([]);
  });
});

describe('date-format', () => {
  it('flags a date without 日 and suggests adding it', () => {
    const text = '潮州市人民政府办公室2024年3月5印发';
    const [f, ...rest] = findings('date-format', text);
    expect(rest).toHaveLength(0);
    expect(flagged(text, f)).toBe('5');
    expect(applied(text, f)).toBe('潮州市人民政府办公室2024年3月5日印发');
    expect(f.severity).toBe('warning');
  });

  it('flags a date at the paragraph end', () => {
    const doc = ['2024年3月15'];
    expect(findings('date-format', doc).map((f) => applied(doc, f))).toEqual(['2024年3月15日']);
  });

  it.each([
    ['实施期限为2024-2025年。', '实施期限为2024—2025年。'],
    ['2024年-2025年重点任务', '2024年—2025年重点任务'],
    ['2024～2025年度考核', '2024—2025年度考核'],
    ['2024–2025年', '2024—2025年'],
  ])('flags the dash in the year range %s', (text, fixed) => {
    const [f, ...rest] = findings('date-format', text);
    expect(rest).toHaveLength(0);
    expect(applied(text, f)).toBe(fixed);
  });

  it.each([
    '2024年3月底前完成。',
    '于2024年3月召开。',
    '2024年3月5日印发',
    '2024年3月15日前',
    '2024年3月5—8日开展检查。',
    '2024年3月5、6日开展检查。',
    '实施期限为2024—2025年。',
    '联系电话：0768-2222222，2024年',
    '二〇二四年三月五日',
  ])('does not flag %s', (text) => {
    expect(findings('date-format', text)).toEqual([]);
  });
});

describe('unbalanced-bracket across the lines of a title', () => {
  it('accepts a 《》 title broken over three paragraphs', () => {
    const doc = ['《推进美丽怀柔建设 持续深入', '打好污染防治攻坚战2024年', '行动计划（示例）》的起草说明', '一、起草背景'];
    expect(findings('unbalanced-bracket', doc)).toEqual([]);
  });

  it('does not carry a bracket out of a body paragraph', () => {
    const doc = ['加强组织领导（市生态环境局牵头。', '强化考核）问责。'];
    expect(findings('unbalanced-bracket', doc).map((f) => [f.paragraph, flagged(doc, f)])).toEqual([
      [0, '（'],
      [1, '）'],
    ]);
  });
});
