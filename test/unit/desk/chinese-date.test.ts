// The Chinese date field reads dates the way drafters write them and refuses days that do not exist.
import { describe, expect, it } from 'vitest';
import { monthGrid, parseChineseDate, showChineseDate } from '../../../renderer/src/shell/controls/chinese-date.ts';

describe('parseChineseDate', () => {
  it('reads 年月日, dashes, slashes and dots, with or without zero padding', () => {
    expect(parseChineseDate('2024年2月20日')).toBe('2024-02-20');
    expect(parseChineseDate(' 2024 年 2 月 20 日 ')).toBe('2024-02-20');
    expect(parseChineseDate('2024-02-20')).toBe('2024-02-20');
    expect(parseChineseDate('2024/2/3')).toBe('2024-02-03');
    expect(parseChineseDate('2024.12.31')).toBe('2024-12-31');
    expect(parseChineseDate('')).toBe('');
  });
  it('refuses days that do not exist and other text', () => {
    expect(parseChineseDate('2024年2月30日')).toBeNull();
    expect(parseChineseDate('2023-02-29')).toBeNull();
    expect(parseChineseDate('2024年13月1日')).toBeNull();
    expect(parseChineseDate('明天')).toBeNull();
    expect(parseChineseDate('02/20/2024')).toBeNull();
  });
  it('shows ISO dates the Chinese way, without zero padding', () => {
    expect(showChineseDate('2024-02-05')).toBe('2024年2月5日');
    expect(showChineseDate('')).toBe('');
  });
  it('lays a month out in Monday-first weeks', () => {
    // 1 February 2024 was a Thursday: three blanks (一 二 三) before it
    const grid = monthGrid(2024, 2);
    expect(grid.slice(0, 4)).toEqual([null, null, null, 1]);
    expect(grid.filter((d) => d !== null)).toHaveLength(29);
  });
});
