import nzh from 'nzh/cn';
import { describe, expect, it } from 'vitest';
import { chineseNumeral, parseNumber } from '../../../core/review/text.ts';

describe('Chinese numerals', () => {
  it('writes and reads 1–150 like nzh', () => {
    for (let n = 1; n <= 150; n++) {
      expect(chineseNumeral(n)).toBe(nzh.encodeS(n));
      expect(parseNumber(nzh.encodeS(n))).toBe(n);
    }
  });

  it('reads 两 and Arabic digits, and rejects other text', () => {
    expect(parseNumber('两')).toBe(2);
    expect(parseNumber('205')).toBe(205);
    expect(parseNumber('方面')).toBeNull();
  });
});
