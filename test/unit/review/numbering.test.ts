import { describe, expect, it } from 'vitest';
import { applied, findings, flagged } from './helpers.ts';

describe('numbering-sequence: headings', () => {
  it('flags an Arabic number that continues the 一、二、 sequence (一、二、3、)', () => {
    const doc = ['一、起草背景', '正文。', '二、主要措施', '（一）大气', '（二）水', '3、任务要求'];
    const [f, ...rest] = findings('numbering-sequence', doc);
    expect(rest).toHaveLength(0);
    expect(f.paragraph).toBe(5);
    expect(flagged(doc, f)).toBe('3、');
    expect(f.suggestion).toBe('三、');
    expect(f.severity).toBe('error');
  });

  it('flags a skip (一、二、四、) and suggests the expected number', () => {
    const doc = ['一、甲', '二、乙', '四、丁', '五、戊'];
    const fs = findings('numbering-sequence', doc);
    expect(fs).toHaveLength(1);
    expect(fs[0].paragraph).toBe(2);
    expect(applied(doc, fs[0])).toBe('三、丁');
  });

  it('flags a repeated number and a sequence that does not start at 一', () => {
    expect(findings('numbering-sequence', ['一、甲', '二、乙', '二、丙']).map((f) => f.paragraph)).toEqual([2]);
    expect(findings('numbering-sequence', ['二、乙']).map((f) => f.suggestion)).toEqual(['一、']);
  });

  it('checks every level and restarts under a new parent', () => {
    const doc = ['一、甲', '（一）子', '1.项', '2.项', '（1）细', '（3）细', '（二）子', '1.项', '3.项', '二、乙', '（一）子', '（三）子'];
    const fs = findings('numbering-sequence', doc);
    expect(fs.map((f) => [f.paragraph, f.suggestion])).toEqual([
      [5, '（2）'],
      [8, '2.'],
      [11, '（二）'],
    ]);
  });

  it('accepts correct nested numbering and an inline first item', () => {
    const doc = ['一、甲', '（一）子', '1.项', '2.项', '（1）细', '（2）细', '（二）子', '二、乙', '（一）子', '1.项'];
    expect(findings('numbering-sequence', doc)).toEqual([]);
    expect(findings('numbering-sequence', ['一、甲', '主要目标为：1.全区水质稳定。', '2.深入实施总量减排。'])).toEqual([]);
  });

  it('accepts a list that restarts at 1 (主要目标 and 主要内容 each numbered)', () => {
    const doc = ['（一）大气', '主要目标：', '1.甲', '2.乙', '主要内容：', '1.丙', '2.丁', '附件', '一、甲'];
    expect(findings('numbering-sequence', doc)).toEqual([]);
  });

  it('accepts items numbered straight through the document (1.–7. across the key tasks)', () => {
    const doc = ['一、总体要求', '二、重点任务', '（一）产业', '1.甲', '2.乙', '3.丙', '（二）移动源', '4.丁', '5.戊', '（三）面源', '6.己', '7.庚', '三、保障措施', '（一）组织'];
    expect(findings('numbering-sequence', doc)).toEqual([]);
  });

  it('still flags a skip in numbering that runs straight through', () => {
    const doc = ['一、重点任务', '（一）产业', '1.甲', '2.乙', '（二）移动源', '4.丁', '5.戊'];
    const fs = findings('numbering-sequence', doc);
    expect(fs.map((f) => [f.paragraph, f.suggestion])).toEqual([[5, '1.']]);
  });

  it('does not take numbers in running text for headings', () => {
    const doc = ['一、甲', '2024年是关键一年。', '1.5亿元用于治理。', '二、乙'];
    expect(findings('numbering-sequence', doc)).toEqual([]);
  });
});

describe('numbering-sequence: 一是/二是 series', () => {
  it('flags a skipped item inside a paragraph', () => {
    const text = '主要内容：一是加强管控。二是强化监管。四是严格考核。';
    const [f, ...rest] = findings('numbering-sequence', text);
    expect(rest).toHaveLength(0);
    expect(flagged(text, f)).toBe('四是');
    expect(f.suggestion).toBe('三是');
  });

  it('flags a series that does not start with 一是', () => {
    const text = '主要内容：加强管控。二是强化监管。';
    expect(findings('numbering-sequence', text).map((f) => f.suggestion)).toEqual(['一是']);
  });

  it('follows a series across paragraphs that open with 二是, 三是', () => {
    expect(findings('numbering-sequence', ['一是统一思想。', '二是坚持落实。', '三是强化宣传。'])).toEqual([]);
    const fs = findings('numbering-sequence', ['一是统一思想。', '二是坚持落实。', '四是严格考核。']);
    expect(fs.map((f) => [f.paragraph, f.suggestion])).toEqual([[2, '三是']]);
  });

  it.each([
    '主要内容：一是加强管控。二是强化监管。三是严格考核。',
    '一是加强管控；二是强化监管；三是严格考核。一是再来；二是再来。',
    '坚持统一是前提，唯一是目标，这是原因之一是事实。',
    '一是加强管控，十是强化监管。'.replace('十是', '二是'),
  ])('does not flag %s', (text) => {
    expect(findings('numbering-sequence', text)).toEqual([]);
  });
});

describe('numbering-format', () => {
  it('flags "1、" where "1." is right', () => {
    const doc = ['一、甲', '1、项'];
    const [f, ...rest] = findings('numbering-format', doc);
    expect(rest).toHaveLength(0);
    expect(flagged(doc, f)).toBe('1、');
    expect(f.suggestion).toBe('1.');
    expect(f.severity).toBe('warning');
  });

  it('flags "一." where "一、" is right', () => {
    expect(findings('numbering-format', '一.起草背景').map((f) => f.suggestion)).toEqual(['一、']);
  });

  it.each([
    ['（一）、大气污染防治', '、'],
    ['（一）：大气污染防治', '：'],
    ['一、 起草背景', ' '],
    ['（二）\u3000水污染防治', '\u3000'],
  ])('flags what follows the marker in %j', (text, extra) => {
    const [f, ...rest] = findings('numbering-format', text);
    expect(rest).toHaveLength(0);
    expect(flagged(text, f)).toBe(extra);
    expect(f.suggestion).toBe('');
  });

  it('reports the space after "3、" once (not again as stray-space)', () => {
    const doc = ['一、甲', '二、乙', '3、 任务要求'];
    const all = findings('numbering-format', doc).concat(findings('stray-space', doc));
    expect(all.map((f) => f.rule)).toEqual(['numbering-format']);
  });

  it.each(['一、起草背景', '（一）大气污染防治：本部分内容包括六个方面。', '1.全区水质稳定', '（1）加强管控'])('does not flag %s', (text) => {
    expect(findings('numbering-format', text)).toEqual([]);
  });
});

describe('parallel-separator', () => {
  it('flags the item whose separator differs from the others', () => {
    const text = '一是完善体系。二是强化示范，三是推进控制。四是加强建设。五是强化保障。';
    const [f, ...rest] = findings('parallel-separator', text);
    expect(rest).toHaveLength(0);
    expect(flagged(text, f)).toBe('，');
    expect(f.suggestion).toBe('。');
    expect(f.severity).toBe('warning');
  });

  it('flags a mixed series without a clear majority, but offers no fix', () => {
    const text = '一是加强管控。二是强化监管；三是严格考核。';
    const [f] = findings('parallel-separator', text);
    expect(flagged(text, f)).toBe('；');
    expect(f.suggestion).toBeUndefined();
  });

  it.each([
    '主要内容：一是加强管控。二是强化监管。三是严格考核。',
    '一是加强管控；二是强化监管；三是严格考核。',
    '一是加强管控，二是强化监管，三是严格考核。',
    '一是加强管控；二是强化监管。',
  ])('does not flag %s', (text) => {
    expect(findings('parallel-separator', text)).toEqual([]);
  });
});
