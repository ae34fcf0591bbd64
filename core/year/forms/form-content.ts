// What one unit's progress form asks: its measures (as 牵头单位) and the indicators it reports,
// one row per month of the period.
import type { PeriodView } from '../../model/year.ts';
import type { YearIndicator, YearMeasure } from '../plan-measures.ts';

export interface FormContent {
  planTitle: string;
  unit: string;
  period: Pick<PeriodView, 'name' | 'startDate' | 'endDate' | 'dueDate'>;
  measures: YearMeasure[];
  indicators: { indicator: YearIndicator; month: string }[];
}

/** "2024-01", "2024-02", … for the months a period covers. */
export function monthsOf(startDate: string, endDate: string): string[] {
  const out: string[] = [];
  let [y, m] = startDate.split('-').map(Number);
  const [ey, em] = endDate.split('-').map(Number);
  while (y < ey || (y === ey && m <= em)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** "2024-03" → "2024年3月". */
export const monthLabel = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;

/** "2024年3月", "2024-03", "2024.3", "3月" (in `year`) → "2024-03". */
export function monthOf(text: string, year: number | null): string | null {
  const t = text.replace(/\s/g, '');
  const full = /(\d{4})\s*[年.\-/]\s*(\d{1,2})/.exec(t);
  if (full && +full[2] >= 1 && +full[2] <= 12) return `${full[1]}-${full[2].padStart(2, '0')}`;
  const only = /^(\d{1,2})月?$/.exec(t);
  if (only && year && +only[1] >= 1 && +only[1] <= 12) return `${year}-${only[1].padStart(2, '0')}`;
  return null;
}

export function formContents(planTitle: string, period: FormContent['period'], measures: YearMeasure[], indicators: YearIndicator[], units?: string[]): FormContent[] {
  const leads = [...new Set(measures.flatMap((m) => m.leadUnits))];
  const chosen = units ? leads.filter((u) => units.includes(u)) : leads;
  const months = monthsOf(period.startDate, period.endDate);
  return chosen.map((unit) => ({
    planTitle,
    unit,
    period,
    measures: measures.filter((m) => m.leadUnits.includes(unit)),
    indicators: indicators.filter((i) => i.reporter === unit).flatMap((indicator) => months.map((month) => ({ indicator, month }))),
  }));
}
