// 公文 numbering by position and depth: 一、 / （一） / 1. / （1）. Computed, never stored, so a move or a
// delete renumbers everything at once. Pure: the renderer and the exporters share it.
import nzh from 'nzh/cn';
import { depthOf } from './level-rules.ts';
import { DEFAULT_LEVEL_SCHEME, type LevelScheme } from './levels.ts';
import type { NodeKind } from './plan.ts';

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_DIGITS = /^[〇零一二两三四五六七八九十百千]+$/;

/**
 * 6 → "六", 10 → "十", 24 → "二十四" (the short form a drafter writes, not "一十"). The app's one
 * Chinese-numeral writer: 1–99 by hand (it runs per heading and nzh is slow), nzh beyond.
 */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return nzh.encodeS(n);
  if (n < 10) return CN[n];
  return `${n < 20 ? '' : CN[Math.floor(n / 10)]}十${CN[n % 10]}`;
}

/** 1–99 in Chinese numerals ("六", "十一", "二十四") → the number, without a library call; null otherwise. */
export function smallChineseNumber(raw: string): number | null {
  if (raw.length === 1) return raw === '十' ? 10 : (DIGIT[raw] ?? null);
  const tens = raw.indexOf('十');
  if (tens < 0 || tens > 1 || raw.length > 3) return null;
  const hi = tens === 0 ? 1 : DIGIT[raw[0]];
  const lo = tens === raw.length - 1 ? 0 : DIGIT[raw[tens + 1]];
  return hi && lo !== undefined && raw.length - tens <= 2 ? hi * 10 + lo : null;
}

/** The app's one Chinese-numeral reader: "六" → 6, "二十四" → 24, "两" → 2, "一百零五" → 105; null when not one. */
export function parseChineseNumber(raw: string): number | null {
  const small = smallChineseNumber(raw);
  if (small !== null) return small;
  if (!CN_DIGITS.test(raw)) return null;
  const n = Number(nzh.decodeS(raw.replace(/两/g, '二')));
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** The 公文 number of the `index`th node at `depth`: 一、 / （一） / 1. / （1）. */
export function depthNumber(depth: number, index: number): string {
  const n = index + 1;
  switch (depth) {
    case 0:
      return `${chineseNumber(n)}、`;
    case 1:
      return `（${chineseNumber(n)}）`;
    case 2:
      return `${n}.`;
    default:
      return `（${n}）`;
  }
}

/**
 * By depth under the plan's scheme: a key task is 1. in a four-level plan and （一） in a
 * three-level one, its measures （1） and 1. respectively.
 */
export function numberLabel(kind: NodeKind, index: number, levels: LevelScheme = DEFAULT_LEVEL_SCHEME): string {
  return depthNumber(depthOf(kind, levels), index);
}
