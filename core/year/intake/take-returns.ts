// Taking back the units' progress forms, many at once. Each file is read and matched in the
// parse worker (hostile-file limits as the consultation intake); then every readable file is
// stored in one transaction. A unit's second return for a period supersedes its first (the
// first stays as history); the same file again adds nothing. A 无变化 reply carries each of the
// unit's measures forward from its last report.
import { createHash } from 'node:crypto';
import { QicaoError } from '../../errors.ts';
import type { Db } from '../../store/open.ts';
import { readPlan } from '../../store/read-plan.ts';
import { sql } from '../../store/statements.ts';
import { parseOffThread } from '../../workers/off-thread.ts';
import { monthOf, monthsOf } from '../forms/form-content.ts';
import { requireIssue } from '../issue.ts';
import type { IntakeFileResult, IntakeResult, IntakeRow, PeriodView, ProgressStatus } from '../../model/year.ts';
import { findPeriodByName, listPeriods, requirePeriod } from '../periods.ts';
import { yearIndicators, yearMeasures } from '../plan-measures.ts';
import { returnContext, type ReadReturn, type ReturnContext } from './read-return.ts';

const NO_CHANGE_ROW = /^(?:无变化|无新进展|同上期|与上期(?:相同|一致))[。.]?$/;

export interface ReturnedFile {
  fileName: string;
  bytes: Uint8Array;
}

function pickPeriod(db: Db, periods: PeriodView[], given: string | undefined, read: ReadReturn, fileName: string): PeriodView {
  if (given) return requirePeriod(db, given);
  if (read.period) {
    const named = findPeriodByName(db, read.period);
    if (named) return named;
  }
  const inName = periods.filter((p) => fileName.includes(p.name)).sort((a, b) => b.name.length - a.name.length);
  if (inName.length > 0) return inName[0];
  if (periods.length === 1) return periods[0];
  if (periods.length === 0) throw new QicaoError('not-found', '计划中还没有调度期，请先生成调度表（qicao progress --period …）。');
  throw new QicaoError('bad-input', `“${fileName}”没有写明调度期，请指定是哪一期的调度表（如 --period ${periods[periods.length - 1].name}）。`);
}

export function readRows(db: Db, fileId: number): IntakeRow[] {
  return (
    sql(
      db,
      `SELECT r.id AS rowId, r.source_key AS sourceKey, r.measure_id AS measureId, n.title AS measureText, r.quote, r.status, r.matched_by AS matchedBy, r.confirmed
       FROM progress_row r LEFT JOIN node n ON n.id = r.measure_id AND n.kind = 'measure' WHERE r.file_id = ? ORDER BY r.id`,
    ).all(fileId) as (Omit<IntakeRow, 'confirmed'> & { confirmed: number })[]
  ).map((r) => ({ ...r, confirmed: r.confirmed === 1 }));
}

/** The unit's latest confirmed status per measure: earlier periods, then its current return for this period. */
function earlierStatuses(db: Db, unitId: number, period: PeriodView): Map<number, ProgressStatus | null> {
  const rows = sql(
    db,
    `SELECT r.measure_id AS measureId, r.status FROM progress_row r
     JOIN progress_file f ON f.id = r.file_id JOIN report_period p ON p.id = f.period_id
     WHERE f.unit_id = ? AND f.superseded_by IS NULL AND r.confirmed = 1 AND r.measure_id IS NOT NULL AND (p.start_date < ? OR p.id = ?)
     ORDER BY p.start_date, r.id`,
  ).all(unitId, period.startDate, period.id) as { measureId: number; status: ProgressStatus | null }[];
  return new Map(rows.map((r) => [r.measureId, r.status]));
}

export async function takeReturns(db: Db, files: ReturnedFile[], options: { period?: string; unit?: string } = {}): Promise<IntakeResult> {
  requireIssue(db);
  const plan = readPlan(db);
  const measures = yearMeasures(plan);
  const indicators = yearIndicators(plan, measures);
  const register = (sql(db, 'SELECT name FROM unit ORDER BY id').all() as { name: string }[]).map((u) => u.name);
  if (options.unit && !register.includes(options.unit)) throw new QicaoError('bad-input', `单位登记表中没有“${options.unit}”，请检查单位名称。`);
  if (options.period) requirePeriod(db, options.period);
  const context: ReturnContext = returnContext(
    measures,
    indicators.map((i) => ({ id: i.id, name: i.name })),
    register,
  );

  // read every file first (off the main thread); an unreadable one is reported, the rest go on
  const read = await Promise.all(
    files.map(async (f) => {
      try {
        return { file: f, read: await parseOffThread({ kind: 'progress', fileName: f.fileName, bytes: f.bytes, context }), error: null };
      } catch (e) {
        if (e instanceof QicaoError) return { file: f, read: null, error: e.message };
        throw e;
      }
    }),
  );
  const periods = listPeriods(db);
  const measureLeads = new Map(measures.map((m) => [m.id, m.leadUnits]));
  const now = new Date().toISOString();

  return db.transaction(() => {
    const results: IntakeFileResult[] = [];
    for (const { file, read: r, error } of read) {
      const base: IntakeFileResult = {
        fileName: file.fileName,
        unit: null,
        unitSource: null,
        period: '',
        duplicate: false,
        noChange: false,
        replaced: null,
        rows: [],
        indicators: [],
        toConfirm: 0,
        error,
      };
      if (!r) {
        results.push(base);
        continue;
      }
      const unit = options.unit ?? r.unit;
      base.unit = unit;
      base.unitSource = options.unit ? '指定' : r.unitSource;
      base.noChange = r.noChange;
      if (!unit) {
        results.push({ ...base, error: `看不出“${file.fileName}”是哪个单位报送的（表头“填报单位”、落款和文件名中都没有登记的单位），未导入；请指定单位后再导入。` });
        continue;
      }
      let period: PeriodView;
      try {
        period = pickPeriod(db, periods, options.period, r, file.fileName);
      } catch (e) {
        if (!(e instanceof QicaoError)) throw e;
        results.push({ ...base, error: e.message });
        continue;
      }
      base.period = period.name;
      const unitId = (sql(db, 'SELECT id FROM unit WHERE name = ?').get(unit) as { id: number }).id;
      const sha256 = createHash('sha256').update(file.bytes).digest('hex');
      const same = sql(db, 'SELECT id FROM progress_file WHERE period_id = ? AND sha256 = ?').get(period.id, sha256) as { id: number } | undefined;
      if (same) {
        const rows = readRows(db, same.id);
        results.push({ ...base, duplicate: true, rows, toConfirm: rows.filter((x) => !x.confirmed).length });
        continue;
      }
      const previous = sql(db, 'SELECT id FROM progress_file WHERE period_id = ? AND unit_id = ? AND superseded_by IS NULL ORDER BY id DESC LIMIT 1').get(period.id, unitId) as
        { id: number } | undefined;
      // read before this return supersedes the unit's earlier one: "无变化" means no change since then
      const earlier = earlierStatuses(db, unitId, period);
      const fileId = Number(
        sql(db, 'INSERT INTO progress_file (period_id, unit_id, sha256, name, format, no_change, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
          period.id,
          unitId,
          sha256,
          file.fileName.replace(/^.*[\\/]/, ''),
          r.format,
          r.noChange ? 1 : 0,
          now,
        ).lastInsertRowid,
      );
      if (previous) {
        sql(db, 'UPDATE progress_file SET superseded_by = ? WHERE id = ?').run(fileId, previous.id);
        base.replaced = previous.id;
      }
      const putRow = sql(
        db,
        'INSERT INTO progress_row (file_id, source_key, measure_id, status, progress, completed_on, problems, quote, matched_by, confirmed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      if (r.noChange) {
        for (const m of measures.filter((x) => x.leadUnits.includes(unit))) {
          const carried = earlier.has(m.id) ? earlier.get(m.id)! : 'notStarted';
          putRow.run(fileId, `carried:${m.id}`, m.id, carried, '无变化', '', '', m.text, 'carried', 1);
        }
      }
      for (const row of r.rows) {
        // an id of a measure this unit does not lead is no proof either
        const ownsId = row.measureId !== null && (measureLeads.get(row.measureId) ?? []).includes(unit);
        const confirmed = row.confirmed && ownsId;
        // a row saying only 无变化 keeps the measure's last status
        const status = row.status ?? (row.measureId !== null && NO_CHANGE_ROW.test(row.progress) ? (earlier.get(row.measureId) ?? 'notStarted') : null);
        putRow.run(fileId, row.sourceKey, row.measureId, status, row.progress, row.completedOn, row.problems, row.text, row.matchedBy, confirmed ? 1 : 0);
      }
      const year = plan.year;
      const months = monthsOf(period.startDate, period.endDate);
      for (const v of r.values) {
        if (v.indicatorId === null) continue;
        const month = monthOf(v.monthText, year) ?? (months.length === 1 ? months[0] : null);
        if (!month) continue;
        sql(db, 'INSERT INTO indicator_actual (indicator_id, month, value, file_id, entered_at) VALUES (?, ?, ?, ?, ?)').run(v.indicatorId, month, v.value, fileId, now);
        base.indicators.push({ indicatorId: v.indicatorId, name: indicators.find((i) => i.id === v.indicatorId)?.name ?? v.name, month, value: v.value });
      }
      const rows = readRows(db, fileId);
      results.push({ ...base, rows, toConfirm: rows.filter((x) => !x.confirmed).length });
    }
    return { files: results };
  })();
}

/** The drafter's word on a row: confirm its measure, attach it to another, or detach it (null). */
export function confirmRow(db: Db, rowId: number, measureId?: number | null): IntakeRow {
  return db.transaction(() => {
    const row = sql(db, 'SELECT file_id AS fileId, measure_id AS measureId FROM progress_row WHERE id = ?').get(rowId) as { fileId: number; measureId: number | null } | undefined;
    if (!row) throw new QicaoError('not-found', `找不到填报行 ${rowId}，请刷新台账后重试。`);
    if (measureId === undefined) {
      if (row.measureId === null) throw new QicaoError('bad-input', '这一行还没有对应的具体措施，请先选择它所报的措施。');
      sql(db, 'UPDATE progress_row SET confirmed = 1 WHERE id = ?').run(rowId);
    } else if (measureId === null) {
      sql(db, "UPDATE progress_row SET measure_id = NULL, matched_by = 'none', confirmed = 0 WHERE id = ?").run(rowId);
    } else {
      const m = sql(db, "SELECT 1 FROM node WHERE id = ? AND kind = 'measure'").get(measureId);
      if (!m) throw new QicaoError('unknown-node', `编号 ${measureId} 不是计划中的具体措施，请重新选择。`);
      sql(db, "UPDATE progress_row SET measure_id = ?, matched_by = 'manual', confirmed = 1 WHERE id = ?").run(measureId, rowId);
    }
    return readRows(db, row.fileId).find((r) => r.rowId === rowId)!;
  })();
}
