// The 量化指标 cell of a task table, as the export writes it (indicator-text.ts):
// "PM2.5年均浓度≤28微克/立方米；优良天数比率≥78%；碳排放强度较2020年累计下降15%左右".
import type { Comparator } from '../../model/plan.ts';

export interface IndicatorTarget {
  name: string;
  comparator: Comparator;
  target: number;
  unit: string;
}

const NUMBER = '(\\d+(?:\\.\\d+)?)';
const FORMS: [Comparator, RegExp][] = [
  ['<=', new RegExp(`^(.+?)(?:≤|<=|不高于|不超过)${NUMBER}(.*)$`)],
  ['>=', new RegExp(`^(.+?)(?:≥|>=|不低于|不少于)${NUMBER}(.*)$`)],
  ['≈', new RegExp(`^(.*\\D)${NUMBER}(\\D*?)左右$`)],
  ['=', new RegExp(`^(.+?)为${NUMBER}(.*)$`)],
];

/** One item, or null when it does not read as "name comparator value unit". */
export function parseIndicatorTarget(item: string): IndicatorTarget | null {
  const text = item.trim().replace(/[。；;]$/, '');
  for (const [comparator, re] of FORMS) {
    const m = re.exec(text);
    if (m && m[1].trim()) return { name: m[1].trim(), comparator, target: Number(m[2]), unit: m[3].trim() };
  }
  return null;
}

/** Items of a cell, separated by "；" or line breaks. */
export function indicatorItems(lines: string[]): string[] {
  return lines
    .flatMap((l) => l.split(/[；;]/))
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
