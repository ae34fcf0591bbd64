import { describe, expect, it } from 'vitest';
import {
  BODY_CONDENSE,
  FIRST_LINE_INDENT,
  LEVEL,
  LINE_PITCH,
  MARGIN,
  PAGE,
  TEXT_BLOCK,
  mmToTwips,
} from '../../../core/documents/export/style.ts';

describe('GB/T 9704 numbers', () => {
  it('rounds millimetres to the nearest twip', () => {
    expect(MARGIN).toEqual({ top: 2098, bottom: 1984, left: 1587, right: 1474 });
    expect(PAGE).toEqual({ width: 11906, height: 16838 });
    expect(mmToTwips(37)).toBe(2098); // a flooring helper would give 2097
  });

  it('fits 22 lines of 28 characters into the 156 × 225 mm text block', () => {
    expect(LINE_PITCH).toBe(579);
    expect(LINE_PITCH * 22).toBeLessThanOrEqual(TEXT_BLOCK.height);
    expect(BODY_CONDENSE).toBe(-5);
    const pitchTwips = 16 * 20 + BODY_CONDENSE;
    expect(Math.floor(TEXT_BLOCK.width / pitchTwips)).toBe(28);
    // Condensing one twip less would leave room for only 27.
    expect(Math.floor(TEXT_BLOCK.width / (pitchTwips + 1))).toBe(27);
  });

  it('sizes the levels as the standard does', () => {
    expect(LEVEL.title).toMatchObject({ font: '方正小标宋简体', pt: 22 });
    expect(LEVEL.part).toMatchObject({ font: '黑体', pt: 16 });
    expect(LEVEL.aspect).toMatchObject({ font: '楷体_GB2312', pt: 16 });
    expect(LEVEL.keyTask).toMatchObject({ font: '仿宋_GB2312', pt: 16, bold: true });
    expect(LEVEL.body).toMatchObject({ font: '仿宋_GB2312', pt: 16, bold: false, condense: -5 });
    expect(LEVEL.title).not.toHaveProperty('condense');
    expect(LEVEL.pageNumber).toMatchObject({ font: '宋体', pt: 14 });
    expect(FIRST_LINE_INDENT).toEqual({ twips: 640, chars: 200 });
  });
});
