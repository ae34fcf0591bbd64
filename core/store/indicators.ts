// A part's 主要目标 indicators.
import type { Indicator } from '../model/plan.ts';
import type { Db } from './open.ts';

export function insertIndicator(db: Db, ind: Omit<Indicator, 'id'>, position: number): number {
  return Number(
    db
      .prepare(
        'INSERT INTO indicator (part_id, position, name, unit, baseline_year, baseline_value, comparator, target) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(ind.partId, position, ind.name, ind.unit, ind.baselineYear, ind.baselineValue, ind.comparator, ind.target).lastInsertRowid,
  );
}
