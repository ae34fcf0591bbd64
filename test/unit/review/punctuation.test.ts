import { describe, expect, it } from 'vitest';
import { applied, findings, flagged } from './helpers.ts';

describe('repeated-punctuation', () => {
  it.each([
    ['深化流域生态补偿等；。下一步', '；。'],
    ['开展监测评价。。', '。。'],
    ['加强管控，，确保达标。', '，，'],
    ['大气、、水和土壤', '、、'],
    ['主要内容：：一是', '：：'],
    ['是否达标？？', '？？'],
    ['加强管控，,确保达标。', '，,'],
  ])('flags %s', (text, run) => {
    const [f, ...rest] = findings('repeated-punctuation', text);
    expect(rest).toHaveLength(0);
    expect(flagged(text, f)).toBe(run);
    expect(f.severity).toBe('error');
  });

  it('suggests the single mark for a doubled one', () => {
    const text = '开展监测评价。。';
    expect(applied(text, findings('repeated-punctuation', text)[0])).toBe('开展监测评价。');
  });

  it('keeps the series separator before the next 一是 item', () => {
    const text = '一是水资源保护；二是水环境治理，深化流域生态补偿等；。三是水生态修复。';
    const [f] = findings('repeated-punctuation', text);
    expect(f.suggestion).toBe('；');
  });

  it('ends a paragraph with 。', () => {
    const text = '完成年度任务；。';
    expect(findings('repeated-punctuation', text)[0].suggestion).toBe('。');
  });

  it.each([
    '深化流域生态补偿等。三是水生态修复。',
    '他说：“好。”',
    '强化监管……确保落实。',
    '加强管控——确保达标。',
    'What?! Really?!',
    '（一）大气污染防治：本部分内容包括六个方面。',
  ])('does not flag %s', (text) => {
    expect(findings('repeated-punctuation', text)).toEqual([]);
  });
});

describe('halfwidth-punctuation', () => {
  it.each([
    ['延续五个版块,力争取得好成绩。', ',', '，'],
    ['主要内容;一是', ';', '；'],
    ['主要目标:全力巩固', ':', '：'],
    ['是否达标?', '?', '？'],
    ['务必落实!', '!', '！'],
    ['网址:https://x.y/a', ':', '：'],
    ['完成任务.下一步', '.', '。'],
  ])('flags %s', (text, mark, full) => {
    const [f, ...rest] = findings('halfwidth-punctuation', text);
    expect(rest).toHaveLength(0);
    expect(flagged(text, f)).toBe(mark);
    expect(f.suggestion).toBe(full);
  });

  it('flags both half-width parentheses of a Chinese pair', () => {
    const text = '可吸入颗粒物(PM10)年均浓度';
    const fs = findings('halfwidth-punctuation', text);
    expect(fs.map((f) => f.suggestion)).toEqual(['（', '）']);
  });

  it('flags (1) used as a Chinese heading marker', () => {
    expect(findings('halfwidth-punctuation', '(1)加强管控。').map((f) => f.suggestion)).toEqual(['（', '）']);
  });

  it.each([
    '降尘量控制在4.5吨/平方公里·月。',
    'PM2.5和O3协同控制。',
    '氨氮（NH3—N）65吨。',
    '详见https://x.y/a?b=1,2&c=3页面。',
    '会议于10:30召开。',
    '比例为1:1000。',
    '投资1,000万元。',
    'Hello, world: this is English (really)!',
    '函数f(x)的取值。',
    '主要目标为：1.全区水生态环境质量稳中向好。',
  ])('does not flag %s', (text) => {
    expect(findings('halfwidth-punctuation', text)).toEqual([]);
  });
});

describe('stray-space', () => {
  it.each([
    ['二、2024年污染防治措施 ', ' '],
    ['加强 管控。', ' '],
    ['加强\u3000管控。', '\u3000'],
    ['PM2.5 年均浓度', ' '],
    ['考核重点。 ', ' '],
  ])('flags %j', (text, space) => {
    const [f, ...rest] = findings('stray-space', text);
    expect(rest).toHaveLength(0);
    expect(flagged(text, f)).toBe(space);
    expect(applied(text, f)).toBe(text.replace(space, ''));
  });

  it.each([
    '《推进美丽北京建设 持续深入打好污染防治攻坚战2024年行动计划》',
    '推进美丽怀柔建设 持续深入打好污染防治攻坚战2024年行动计划（示例）',
    '\u3000\u3000首行缩进的段落。',
    'English words keep their spaces.',
    ' ',
    '',
  ])('does not flag %j', (text) => {
    expect(findings('stray-space', text)).toEqual([]);
  });
});

describe('word-artifact', () => {
  it.each([
    ['[bookmark: _GoBack]《行动计划》的起草说明', '[bookmark: _GoBack]'],
    ['[bookmark: lawyee_37028_8]主要内容：', '[bookmark: lawyee_37028_8]'],
    ['见第{ PAGEREF _Toc123456 \\h }页', '{ PAGEREF _Toc123456 \\h }'],
    ['正文\u200B内容', '\u200B'],
    ['正文\u000B换行', '\u000B'],
  ])('flags %j', (text, debris) => {
    const [f, ...rest] = findings('word-artifact', text);
    expect(rest).toHaveLength(0);
    expect(flagged(text, f)).toBe(debris);
    expect(f.suggestion).toBe('');
    expect(f.severity).toBe('error');
  });

  it.each(['参见[1]和[2]。', '变量my_var的取值。', '集合{a, b}。'])('does not flag %j', (text) => {
    expect(findings('word-artifact', text)).toEqual([]);
  });
});
