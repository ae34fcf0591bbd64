// 公文 numbering by position: 一、 / （一） / 1. / （1）. Computed, never stored, so a move or a
// delete renumbers everything at once. Pure: the renderer and the exporters share it.
import nzh from 'nzh/cn';
import type { NodeKind } from './plan.ts';

/** 6 → "六", 10 → "十", 24 → "二十四" (the short form a drafter writes, not "一十"). */
export function chineseNumber(n: number): string {
  return nzh.encodeS(n);
}

export function numberLabel(kind: NodeKind, index: number): string {
  const n = index + 1;
  switch (kind) {
    case 'part':
      return `${chineseNumber(n)}、`;
    case 'aspect':
      return `（${chineseNumber(n)}）`;
    case 'keyTask':
      return `${n}.`;
    case 'measure':
      return `（${n}）`;
  }
}
