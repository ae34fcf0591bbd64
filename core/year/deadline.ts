// A measure's 完成时限 as a date, and working days counted on China's official calendar
// (holidays and the adjusted working days 调休 change every year): the maintained
// chinese-days package knows them, so no table is kept by hand here.
import chineseDays from 'chinese-days';
import { datesOfPeriodName, lastDayOf } from './periods.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "2024年6月底前" → "2024-06-30", "2024年底前" → "2024-12-31", "2024年9月15日前" → "2024-09-15",
 * "2024年上半年" → "2024-06-30"; "长期坚持", "持续推进" → null. A deadline without a year
 * ("6月底前") is in the plan's year.
 */
export function deadlineDate(deadline: string, planYear: number | null): string | null {
  const t = deadline.replace(/\s/g, '');
  if (t === '' || (/长期|持续|常态|每年/.test(t) && !/\d{4}年\d{1,2}月/.test(t))) return null;
  const year = Number(/(\d{4})年/.exec(t)?.[1]) || planYear;
  if (!year) return null;
  const day = /(\d{1,2})月(\d{1,2})日/.exec(t);
  if (day) return `${year}-${pad(+day[1])}-${pad(+day[2])}`;
  const month = /(\d{1,2})月/.exec(t);
  if (month && +month[1] >= 1 && +month[1] <= 12) return `${year}-${pad(+month[1])}-${pad(lastDayOf(year, +month[1]))}`;
  const period = datesOfPeriodName(/\d{4}年/.test(t) ? t : `${year}年${t}`);
  if (period && !/年度|全年/.test(t)) return period.endDate;
  if (/年底|年末|全年|年度|年内/.test(t)) return `${year}-12-31`;
  return null;
}

const nextDay = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workdaysAfter(from: string, to: string): number {
  let n = 0;
  for (let d = nextDay(from); d <= to; d = nextDay(d)) if (chineseDays.isWorkday(d)) n++;
  return n;
}

export function isWorkday(iso: string): boolean {
  return chineseDays.isWorkday(iso);
}
