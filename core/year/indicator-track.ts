// An indicator's monthly actuals against its annual target, and what that leaves for the rest
// of the year: a concentration target gives the average the remaining months may not exceed
// (day-weighted, as an annual mean is), a count target ("重污染天数不超过4天") a budget of days
// left, a good-days ratio ("优良天数比率不低于78%") a budget of ⌊days × (1 − 78%)⌋ non-good
// days in the year (366 in a leap year), an amount ("减排290吨") what is still to be done.
import { formatNumber, formatQuantity } from '../model/indicator-text.ts';
import type { IndicatorMonth, IndicatorTrack } from '../model/year.ts';
import { lastDayOf } from './periods.ts';
import type { YearIndicator } from './plan-measures.ts';

export type Aggregate = IndicatorTrack['aggregate'];

/** One home for how an indicator's months add up to its year. */
export function aggregateOf(ind: Pick<YearIndicator, 'name' | 'unit' | 'comparator'>): Aggregate {
  if (ind.comparator === '≈' || ind.comparator === '=') return 'latest';
  if (/优良天数/.test(ind.name) && ind.unit.includes('%')) return 'goodDaysRatio';
  if (/浓度|降尘/.test(ind.name) || /立方米|\/|／/.test(ind.unit)) return 'mean';
  if (/天数|次数|减排|削减|新增|完成/.test(ind.name) || /^(天|吨|个|次|家|处|公里|千米|万元|亿元|座|辆|台|项)$/.test(ind.unit)) return 'sum';
  return 'latest';
}

const daysInYear = (year: number) => (lastDayOf(year, 2) === 29 ? 366 : 365);
const round1 = (n: number) => Math.round(n * 10) / 10;
const shortName = (name: string) => name.replace(/年均浓度|年均值|年均|浓度$/g, '');

export function trackIndicator(ind: YearIndicator, year: number, actuals: Map<string, number>): IndicatorTrack {
  const aggregate = aggregateOf(ind);
  const months: IndicatorMonth[] = Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    return { month, value: actuals.has(month) ? actuals.get(month)! : null };
  });
  const known = months.map((m, i) => ({ ...m, days: lastDayOf(year, i + 1) })).filter((m) => m.value !== null) as { month: string; value: number; days: number }[];
  const base = { indicatorId: ind.id, name: ind.name, unit: ind.unit, partTitle: ind.partTitle, comparator: ind.comparator, target: ind.target, aggregate, months };
  if (known.length === 0) return { ...base, yearToDate: null, outlook: null, remainingLimit: null, onTrack: null };
  const lastMonth = Math.max(...known.map((m) => Number(m.month.slice(5, 7))));
  const remainingDays = Array.from({ length: 12 - lastMonth }, (_, i) => lastDayOf(year, lastMonth + i + 1)).reduce((a, b) => a + b, 0);
  const total = daysInYear(year);
  const atMost = ind.comparator === '<=';

  switch (aggregate) {
    case 'mean': {
      const weighted = known.reduce((s, m) => s + m.value * m.days, 0);
      const days = known.reduce((s, m) => s + m.days, 0);
      const ytd = round1(weighted / days);
      if (remainingDays === 0)
        return {
          ...base,
          yearToDate: ytd,
          outlook: `全年${shortName(ind.name)}平均${formatQuantity(ytd, ind.unit)}`,
          remainingLimit: null,
          onTrack: atMost ? ytd <= ind.target : ytd >= ind.target,
        };
      const limit = Math.floor(((ind.target * total - weighted) / remainingDays) * 10) / 10;
      const word = atMost ? '不高于' : '不低于';
      return {
        ...base,
        yearToDate: ytd,
        outlook: `剩余月份${shortName(ind.name)}平均浓度需${word}${formatQuantity(Math.max(limit, 0), ind.unit)}`.replace('降尘量平均浓度', '降尘量平均'),
        remainingLimit: limit,
        onTrack: atMost ? limit >= 0 && ytd <= ind.target : ytd >= ind.target,
      };
    }
    case 'goodDaysRatio': {
      const good = known.reduce((s, m) => s + Math.round((m.value / 100) * m.days), 0);
      const days = known.reduce((s, m) => s + m.days, 0);
      const budget = Math.floor(total * (1 - ind.target / 100) + 1e-9);
      const used = days - good;
      const left = budget - used;
      return {
        ...base,
        yearToDate: round1((good / days) * 100),
        outlook: `全年非优良天数不超过${budget}天，已有${used}天，余量${Math.max(left, 0)}天`,
        remainingLimit: left,
        onTrack: left >= 0,
      };
    }
    case 'sum': {
      const sum = round1(known.reduce((s, m) => s + m.value, 0));
      if (atMost) {
        const left = round1(ind.target - sum);
        return { ...base, yearToDate: sum, outlook: `全年${ind.name}余量${formatQuantity(Math.max(left, 0), ind.unit)}`, remainingLimit: left, onTrack: left >= 0 };
      }
      const left = round1(ind.target - sum);
      const expected = (ind.target * lastMonth) / 12;
      return {
        ...base,
        yearToDate: sum,
        outlook:
          left <= 0 ? `已完成全年目标（累计${formatQuantity(sum, ind.unit)}）` : `累计完成${formatQuantity(sum, ind.unit)}，剩余月份还需完成${formatQuantity(left, ind.unit)}`,
        remainingLimit: left,
        onTrack: sum >= expected,
      };
    }
    default: {
      const latest = known[known.length - 1].value;
      const ok = ind.comparator === '<=' ? latest <= ind.target : ind.comparator === '>=' ? latest >= ind.target : null;
      return { ...base, yearToDate: latest, outlook: `最新${formatNumber(latest)}${ind.unit}`, remainingLimit: null, onTrack: ok };
    }
  }
}
