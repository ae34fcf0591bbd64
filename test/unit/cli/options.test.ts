// The options every command shares (core/cli/command.ts): one date rule and the app's one unit
// splitter, so `round`, `progress`, `ledger` and `issue` read the same typing the same way.
import { describe, expect, it } from 'vitest';
import { dateOption, unitsOption } from '../../../core/cli/command.ts';

const ctx = (values: Record<string, string>) => ({ values, positionals: [] });

describe('dateOption', () => {
  it('takes a date that exists and refuses one that does not, in Chinese, naming the option', () => {
    expect(dateOption(ctx({ due: ' 2024-04-10 ' }), 'due')).toBe('2024-04-10');
    expect(dateOption(ctx({}), 'due')).toBeUndefined();
    expect(() => dateOption(ctx({ due: '2024-02-30' }), 'due')).toThrow(/--due 的日期须写成 2024-02-20 的形式（须是存在的日期），收到“2024-02-30”/);
    expect(() => dateOption(ctx({ 'as-of': '2024/3/31' }), 'as-of')).toThrow(/--as-of 的日期/);
  });
});

describe('unitsOption', () => {
  it('keeps a collective unit whole and brackets inside a name unsplit', () => {
    expect(unitsOption(ctx({ units: '区水务局,各镇乡人民政府、街道办事处，区发展改革委（区统计局）' }))).toEqual([
      '区水务局',
      '各镇乡人民政府、街道办事处',
      '区发展改革委（区统计局）',
    ]);
    expect(unitsOption(ctx({}))).toEqual([]);
  });
});
