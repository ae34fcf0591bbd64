// A part's 主要目标 indicators: add, change, remove, reorder. Positions stay 0..n-1 per part.
import { QicaoError } from '../errors.ts';
import type { Comparator, Indicator } from '../model/plan.ts';
import { getNodeRow } from './nodes.ts';
import type { Db } from './open.ts';
import { sql } from './statements.ts';

export function insertIndicator(db: Db, ind: Omit<Indicator, 'id'>, position: number): number {
  return Number(
    db
      .prepare('INSERT INTO indicator (part_id, position, name, unit, baseline_year, baseline_value, comparator, target) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(ind.partId, position, ind.name, ind.unit, ind.baselineYear, ind.baselineValue, ind.comparator, ind.target).lastInsertRowid,
  );
}

export type IndicatorFields = Omit<Indicator, 'id' | 'partId'>;

interface IndicatorRow {
  id: number;
  part_id: number;
  position: number;
}

function getIndicatorRow(db: Db, id: number): IndicatorRow {
  const row = sql(db, 'SELECT id, part_id, position FROM indicator WHERE id = ?').get(id) as IndicatorRow | undefined;
  if (!row) throw new QicaoError('unknown-node', `找不到编号为 ${id} 的指标，它可能已被删除。`);
  return row;
}

/** The checks a drafter's typing can fail; the messages name the field and the fix. */
function checkFields(f: Partial<IndicatorFields>): void {
  if (f.name !== undefined && !f.name.trim()) throw new QicaoError('bad-input', '指标名称不能为空，请填写如“PM2.5年均浓度”。');
  const finite = (v: number | null | undefined, what: string) => {
    if (v !== undefined && v !== null && !Number.isFinite(v)) throw new QicaoError('bad-input', `${what}须为数字，如 28 或 79.1。`);
  };
  finite(f.target, '目标值');
  finite(f.baselineValue, '基准值');
  if (f.baselineYear !== undefined && f.baselineYear !== null && (!Number.isInteger(f.baselineYear) || f.baselineYear < 1949 || f.baselineYear > 2100)) {
    throw new QicaoError('bad-input', `基准年须为四位年份，如 2023。`);
  }
}

/** Adds an indicator to a part (at the end unless `index` says where); returns its id. */
export function addIndicator(db: Db, partId: number, fields: IndicatorFields, index?: number): number {
  checkFields(fields);
  return db.transaction(() => {
    const part = getNodeRow(db, partId);
    if (part.kind !== 'part') throw new QicaoError('wrong-kind', `指标只能属于部分，编号 ${partId} 不是部分。`);
    const count = (sql(db, 'SELECT count(*) AS n FROM indicator WHERE part_id = ?').get(partId) as { n: number }).n;
    const at = index === undefined || index > count ? count : Math.max(0, index);
    sql(db, 'UPDATE indicator SET position = position + 1 WHERE part_id = ? AND position >= ?').run(partId, at);
    return insertIndicator(db, { ...fields, name: fields.name.trim(), unit: fields.unit.trim(), partId }, at);
  })();
}

export function writeIndicator(db: Db, id: number, f: Partial<IndicatorFields>): void {
  checkFields(f);
  getIndicatorRow(db, id);
  const set = (col: string, v: string | number | null) => sql(db, `UPDATE indicator SET ${col} = ? WHERE id = ?`).run(v, id);
  if (f.name !== undefined) set('name', f.name.trim());
  if (f.unit !== undefined) set('unit', f.unit.trim());
  if (f.baselineYear !== undefined) set('baseline_year', f.baselineYear);
  if (f.baselineValue !== undefined) set('baseline_value', f.baselineValue);
  if (f.comparator !== undefined) set('comparator', f.comparator satisfies Comparator);
  if (f.target !== undefined) set('target', f.target);
}

export function updateIndicator(db: Db, id: number, f: Partial<IndicatorFields>): void {
  db.transaction(() => writeIndicator(db, id, f))();
}

/** Removes an indicator; measures linked to it lose the link (ON DELETE CASCADE). */
export function deleteIndicator(db: Db, id: number): void {
  db.transaction(() => {
    const row = getIndicatorRow(db, id);
    sql(db, 'DELETE FROM indicator WHERE id = ?').run(id);
    sql(db, 'UPDATE indicator SET position = position - 1 WHERE part_id = ? AND position > ?').run(row.part_id, row.position);
  })();
}

/** Moves an indicator to `index` within its part's table. */
export function moveIndicator(db: Db, id: number, index: number): void {
  db.transaction(() => {
    const row = getIndicatorRow(db, id);
    const count = (sql(db, 'SELECT count(*) AS n FROM indicator WHERE part_id = ?').get(row.part_id) as { n: number }).n;
    const at = Math.max(0, Math.min(count - 1, index));
    if (at === row.position) return;
    sql(db, 'UPDATE indicator SET position = position - 1 WHERE part_id = ? AND position > ?').run(row.part_id, row.position);
    sql(db, 'UPDATE indicator SET position = position + 1 WHERE part_id = ? AND position >= ?').run(row.part_id, at);
    sql(db, 'UPDATE indicator SET position = ? WHERE id = ?').run(at, id);
  })();
}
