// The 台账: every measure's status per period (from the confirmed rows of each unit's current
// return), overdue measures counted in working days, units that have not reported, status counts
// per part and per unit, the indicator tracks, and the 通报's summary sentence. Data only: the
// window draws it, the documents print it.
import type { Db } from '../store/open.ts';
import { readPlan } from '../store/read-plan.ts';
import { sql } from '../store/statements.ts';
import { workdaysAfter } from './deadline.ts';
import { trackIndicator } from './indicator-track.ts';
import type { IntakeRow, Ledger, LedgerFilter, LedgerMeasure, LedgerStatus, PeriodView, ProgressStatus, StatusCounts } from '../model/year.ts';
import { listPeriods } from './periods.ts';
import { yearIndicators, yearMeasures } from './plan-measures.ts';

/** A deadline this close (in working days) turns a measure yellow. */
export const DUE_SOON_WORKDAYS = 10;

interface StatusRow {
  measureId: number;
  periodId: number;
  rowId: number;
  status: ProgressStatus | null;
  progress: string;
  completedOn: string;
  problems: string;
  matchedBy: LedgerStatus['matchedBy'];
  confirmed: number;
}

const emptyCounts = (): StatusCounts => ({ done: 0, onTrack: 0, behind: 0, notStarted: 0, notReported: 0, overdue: 0, total: 0 });

function add(c: StatusCounts, m: LedgerMeasure): void {
  c.total++;
  if (m.status === null) c.notReported++;
  else c[m.status]++;
  if (m.overdue) c.overdue++;
}

/** "205项具体措施中，已完成X项，按计划推进Y项，滞后Z项，未报送W项" (未启动 only when there are some). */
export function summarySentence(c: StatusCounts, measureName = '具体措施'): string {
  const parts = [`已完成${c.done}项`, `按计划推进${c.onTrack}项`, `滞后${c.behind}项`];
  if (c.notStarted > 0) parts.push(`未启动${c.notStarted}项`);
  parts.push(`未报送${c.notReported}项`);
  return `${c.total}项${measureName}中，${parts.join('，')}`;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The period the ledger shows when none is chosen: the latest with a return, else the latest. */
function defaultPeriod(db: Db, periods: PeriodView[]): PeriodView | null {
  const withReturns = new Set((sql(db, 'SELECT DISTINCT period_id AS id FROM progress_file').all() as { id: number }[]).map((r) => r.id));
  const reported = periods.filter((p) => withReturns.has(p.id));
  return reported[reported.length - 1] ?? periods[periods.length - 1] ?? null;
}

export function readLedger(db: Db, filter: LedgerFilter = {}): Ledger {
  const plan = readPlan(db);
  const periods = listPeriods(db);
  const period = filter.periodId !== undefined ? (periods.find((p) => p.id === filter.periodId) ?? null) : defaultPeriod(db, periods);
  const asOf = filter.asOf ?? period?.endDate ?? today();
  const measures = yearMeasures(plan);
  const measureName = plan.levels.names.measure;

  // each unit's current return per period; within it the last row for a measure counts
  const rows = sql(
    db,
    `SELECT r.measure_id AS measureId, f.period_id AS periodId, r.id AS rowId, r.status, r.progress, r.completed_on AS completedOn, r.problems,
            r.matched_by AS matchedBy, r.confirmed
     FROM progress_row r JOIN progress_file f ON f.id = r.file_id
     WHERE f.superseded_by IS NULL AND r.measure_id IS NOT NULL ORDER BY r.id`,
  ).all() as StatusRow[];
  const byMeasure = new Map<number, Map<number, LedgerStatus>>();
  for (const r of rows) {
    const periodsOf = byMeasure.get(r.measureId) ?? new Map<number, LedgerStatus>();
    const had = periodsOf.get(r.periodId);
    // a confirmed report is not displaced by an unconfirmed guess in the same period
    if (had?.confirmed && r.confirmed !== 1) continue;
    periodsOf.set(r.periodId, {
      status: r.status,
      progress: r.progress,
      completedOn: r.completedOn,
      problems: r.problems,
      rowId: r.rowId,
      matchedBy: r.matchedBy,
      confirmed: r.confirmed === 1,
      carried: r.matchedBy === 'carried',
    });
    byMeasure.set(r.measureId, periodsOf);
  }

  const overdueCache = new Map<string, number>();
  const soonCache = new Map<string, number>();
  const all: LedgerMeasure[] = measures.map((m) => {
    const periodsOf = byMeasure.get(m.id) ?? new Map<number, LedgerStatus>();
    const here = period ? periodsOf.get(period.id) : undefined;
    const status = here?.confirmed ? here.status : null;
    const done = status === 'done';
    let overdueWorkdays = 0;
    let dueSoon = false;
    if (m.dueDate && !done) {
      if (m.dueDate < asOf) {
        const key = m.dueDate;
        if (!overdueCache.has(key)) overdueCache.set(key, workdaysAfter(m.dueDate, asOf));
        overdueWorkdays = overdueCache.get(key)!;
      } else {
        if (!soonCache.has(m.dueDate)) soonCache.set(m.dueDate, workdaysAfter(asOf, m.dueDate));
        dueSoon = soonCache.get(m.dueDate)! <= DUE_SOON_WORKDAYS;
      }
    }
    const overdue = overdueWorkdays > 0;
    const light = status === 'behind' || overdue ? 'red' : dueSoon || status === null || status === 'notStarted' ? 'yellow' : 'green';
    return {
      id: m.id,
      number: m.number,
      partId: m.partId,
      partTitle: m.partTitle,
      keyTask: m.keyTask,
      text: m.text,
      leadUnits: m.leadUnits,
      deadline: m.deadline,
      dueDate: m.dueDate,
      byPeriod: Object.fromEntries([...periodsOf].map(([pid, s]) => [String(pid), s])),
      status,
      reported: here !== undefined,
      overdueWorkdays,
      overdue,
      dueSoon,
      light,
    };
  });

  const counts = emptyCounts();
  const byPart = new Map<number, { partId: number; partTitle: string } & StatusCounts>();
  const byUnit = new Map<string, { unit: string } & StatusCounts>();
  for (const m of all) {
    add(counts, m);
    const p = byPart.get(m.partId) ?? { partId: m.partId, partTitle: m.partTitle, ...emptyCounts() };
    add(p, m);
    byPart.set(m.partId, p);
    for (const u of m.leadUnits) {
      const c = byUnit.get(u) ?? { unit: u, ...emptyCounts() };
      add(c, m);
      byUnit.set(u, c);
    }
  }

  const reportedUnits = new Set(
    period
      ? (sql(db, 'SELECT DISTINCT u.name FROM progress_file f JOIN unit u ON u.id = f.unit_id WHERE f.period_id = ?').all(period.id) as { name: string }[]).map((r) => r.name)
      : [],
  );
  const unitsNotReported = [...byUnit.keys()].filter((u) => !reportedUnits.has(u));

  const toConfirm = (
    sql(
      db,
      `SELECT r.id AS rowId, r.source_key AS sourceKey, r.measure_id AS measureId, n.title AS measureText, r.quote, r.status, r.matched_by AS matchedBy, r.confirmed,
              u.name AS unit, f.name AS fileName, p.name AS period
       FROM progress_row r JOIN progress_file f ON f.id = r.file_id JOIN unit u ON u.id = f.unit_id JOIN report_period p ON p.id = f.period_id
       LEFT JOIN node n ON n.id = r.measure_id AND n.kind = 'measure'
       WHERE f.superseded_by IS NULL AND r.confirmed = 0 ORDER BY p.start_date, r.id`,
    ).all() as (Omit<IntakeRow, 'confirmed'> & { confirmed: number; unit: string; fileName: string; period: string })[]
  ).map((r) => ({ ...r, confirmed: false }));

  const year = plan.year ?? Number(asOf.slice(0, 4));
  const actualRows = sql(
    db,
    `SELECT a.indicator_id AS indicatorId, a.month, a.value FROM indicator_actual a LEFT JOIN progress_file f ON f.id = a.file_id
     WHERE a.file_id IS NULL OR f.superseded_by IS NULL ORDER BY a.id`,
  ).all() as { indicatorId: number; month: string; value: number }[];
  const actuals = new Map<number, Map<string, number>>();
  for (const a of actualRows) {
    const m = actuals.get(a.indicatorId) ?? new Map<string, number>();
    m.set(a.month, a.value); // the newest entry of a month wins
    actuals.set(a.indicatorId, m);
  }
  const indicators = yearIndicators(plan, measures).map((ind) => trackIndicator(ind, year, actuals.get(ind.id) ?? new Map()));

  const shown = all.filter(
    (m) =>
      (filter.unit === undefined || m.leadUnits.includes(filter.unit)) &&
      (filter.partId === undefined || m.partId === filter.partId) &&
      (filter.status === undefined || (filter.status === 'notReported' ? m.status === null : filter.status === 'overdue' ? m.overdue : m.status === filter.status)),
  );

  return {
    planTitle: plan.title,
    year: plan.year,
    asOf,
    period,
    periods,
    measures: shown,
    counts,
    byPart: [...byPart.values()],
    byUnit: [...byUnit.values()].sort((a, b) => b.total - a.total),
    unitsNotReported,
    toConfirm,
    indicators,
    sentence: summarySentence(counts, measureName),
  };
}

/** Types in an indicator's value for a month (a correction wins over the form's value). */
export function setActual(db: Db, indicatorId: number, month: string, value: number): void {
  db.transaction(() => {
    sql(db, 'INSERT INTO indicator_actual (indicator_id, month, value, file_id, entered_at) VALUES (?, ?, ?, NULL, ?)').run(indicatorId, month, value, new Date().toISOString());
  })();
}
