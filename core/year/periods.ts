// Reporting periods (调度期) named by the drafter: "2024年第一季度", "2024年3月", "2024年1—5月",
// "2024年上半年", "2024年度". The dates the name stands for are read from it, so the drafter
// types one thing; a name that says no dates needs them given.
import { QicaoError } from '../errors.ts';
import type { Db } from '../store/open.ts';
import { sql } from '../store/statements.ts';
import type { PeriodView } from '../model/year.ts';

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };

const pad = (n: number) => String(n).padStart(2, '0');
export const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const span = (year: number, from: number, to: number) => ({ startDate: `${year}-${pad(from)}-01`, endDate: `${year}-${pad(to)}-${pad(lastDayOf(year, to))}` });

/** The dates a period's name stands for, or null when it names none. */
export function datesOfPeriodName(name: string): { startDate: string; endDate: string } | null {
  const t = name.replace(/\s/g, '');
  const year = Number(/(\d{4})年/.exec(t)?.[1]);
  if (!year) return null;
  const quarter = /第([一二三四1-4])季度/.exec(t);
  if (quarter) {
    const q = CN_DIGIT[quarter[1]];
    return span(year, q * 3 - 2, q * 3);
  }
  if (/上半年/.test(t)) return span(year, 1, 6);
  if (/下半年/.test(t)) return span(year, 7, 12);
  const range = /(\d{1,2})\s*[-—–~至到]\s*(\d{1,2})月/.exec(t);
  if (range && +range[1] >= 1 && +range[2] <= 12 && +range[1] <= +range[2]) return span(year, +range[1], +range[2]);
  const month = /年(\d{1,2})月/.exec(t);
  if (month && +month[1] >= 1 && +month[1] <= 12) return span(year, +month[1], +month[1]);
  if (/年度|全年/.test(t)) return span(year, 1, 12);
  return null;
}

interface PeriodRow {
  id: number;
  name: string;
  startDate: string;
  endDate: string;
  dueDate: string | null;
}

const PERIOD_SELECT = 'SELECT id, name, start_date AS startDate, end_date AS endDate, due_date AS dueDate FROM report_period';

/** Units asked in a period: the 牵头单位 of the plan's measures now. */
function unitsAsked(db: Db): number {
  return (sql(db, "SELECT count(DISTINCT unit_id) AS n FROM measure_unit WHERE role = 'lead'").get() as { n: number }).n;
}

function view(db: Db, row: PeriodRow, units: number): PeriodView {
  const reported = (
    sql(db, "SELECT count(DISTINCT f.unit_id) AS n FROM progress_file f JOIN measure_unit mu ON mu.unit_id = f.unit_id AND mu.role = 'lead' WHERE f.period_id = ?").get(row.id) as {
      n: number;
    }
  ).n;
  return { ...row, units, reported };
}

export function listPeriods(db: Db): PeriodView[] {
  const units = unitsAsked(db);
  return (sql(db, `${PERIOD_SELECT} ORDER BY start_date, id`).all() as PeriodRow[]).map((r) => view(db, r, units));
}

export function readPeriod(db: Db, id: number): PeriodView {
  const row = sql(db, `${PERIOD_SELECT} WHERE id = ?`).get(id) as PeriodRow | undefined;
  if (!row) throw new QicaoError('not-found', `找不到调度期编号 ${id}，请重新选择调度期。`);
  return view(db, row, unitsAsked(db));
}

export function findPeriodByName(db: Db, name: string): PeriodView | null {
  const row = sql(db, `${PERIOD_SELECT} WHERE name = ?`).get(name.trim()) as PeriodRow | undefined;
  return row ? view(db, row, unitsAsked(db)) : null;
}

export interface NewPeriod {
  period: string;
  startDate?: string;
  endDate?: string;
  dueDate?: string;
}

/** The period of that name, recorded now if new (inside the caller's transaction or its own). */
export function ensurePeriod(db: Db, p: NewPeriod): PeriodView {
  const name = p.period.trim();
  const existing = findPeriodByName(db, name);
  if (existing) return existing;
  const read = datesOfPeriodName(name);
  const startDate = p.startDate ?? read?.startDate;
  const endDate = p.endDate ?? read?.endDate;
  if (!startDate || !endDate) {
    throw new QicaoError('bad-input', `从“${name}”看不出起止日期。请写成“2024年第一季度”“2024年3月”“2024年上半年”的形式，或同时给出开始和结束日期。`);
  }
  if (startDate > endDate) throw new QicaoError('bad-input', `调度期“${name}”的开始日期 ${startDate} 晚于结束日期 ${endDate}，请改正。`);
  const id = db.transaction(() =>
    Number(
      sql(db, 'INSERT INTO report_period (name, start_date, end_date, due_date, created_at) VALUES (?, ?, ?, ?, ?)').run(
        name,
        startDate,
        endDate,
        p.dueDate ?? null,
        new Date().toISOString(),
      ).lastInsertRowid,
    ),
  )();
  return readPeriod(db, id);
}

/** A period given by name: must exist already (for intake and documents). */
export function requirePeriod(db: Db, name: string): PeriodView {
  const found = findPeriodByName(db, name);
  if (!found) {
    const known = listPeriods(db).map((p) => `“${p.name}”`);
    throw new QicaoError('not-found', `没有名为“${name.trim()}”的调度期。${known.length ? `已有：${known.join('、')}。` : '请先生成该期的调度表（qicao progress --period …）。'}`);
  }
  return found;
}
