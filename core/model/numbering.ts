// 公文 numbering by position and depth: 一、 / （一） / 1. / （1）. Computed, never stored, so a move or a
// delete renumbers everything at once. Pure: the renderer and the exporters share it.
import nzh from 'nzh/cn';
import { depthOf } from './level-rules.ts';
import { DEFAULT_LEVEL_SCHEME, type LevelScheme } from './levels.ts';
import type { NodeKind } from './plan.ts';

/** 6 → "六", 10 → "十", 24 → "二十四" (the short form a drafter writes, not "一十"). */
export function chineseNumber(n: number): string {
  return nzh.encodeS(n);
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
