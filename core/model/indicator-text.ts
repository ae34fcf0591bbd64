// How an indicator's numbers read in Chinese text and tables. Pure: the renderer shows the
// same strings when it previews a bound value.
import type { Comparator, Indicator } from './plan.ts';

/** 29 → "29", 79.1 → "79.1"; toFixed guards against 0.1 + 0.2 style float tails. */
export function formatNumber(value: number): string {
  return String(Number(value.toFixed(6)));
}

/** "28微克/立方米", "79.1%": the number directly followed by its unit, no space (GB/T 15835). */
export function formatQuantity(value: number, unit: string): string {
  return `${formatNumber(value)}${unit}`;
}

const COMPARATOR_TEXT: Record<Comparator, (quantity: string) => string> = {
  '<=': (q) => `≤${q}`,
  '>=': (q) => `≥${q}`,
  '=': (q) => `为${q}`,
  '≈': (q) => `${q}左右`,
};

/** "PM2.5年均浓度≤28微克/立方米", "碳排放强度较2020年累计下降15%左右". */
export function indicatorTargetText(indicator: Indicator): string {
  return indicator.name + COMPARATOR_TEXT[indicator.comparator](formatQuantity(indicator.target, indicator.unit));
}
