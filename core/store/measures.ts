// A measure's fields beyond its text: 牵头单位, 配合单位, 完成时限, linked indicators.
import { QicaoError } from '../errors.ts';
import { getNodeRow } from './nodes.ts';
import type { Db } from './open.ts';
import { unitIdFor } from './units.ts';

export interface MeasureFields {
  leadUnits?: string[];
  supportUnits?: string[];
  deadline?: string;
  indicatorIds?: number[];
}

/** Writes the given fields inside the caller's transaction. */
export function writeMeasureFields(db: Db, id: number, f: MeasureFields): void {
  const row = getNodeRow(db, id);
  if (row.kind !== 'measure') throw new QicaoError('wrong-kind', `编号 ${id} 不是具体措施，不能设置牵头单位或完成时限。`);
  if (f.deadline !== undefined) db.prepare('UPDATE node SET deadline = ? WHERE id = ?').run(f.deadline.trim(), id);
  if (f.leadUnits !== undefined || f.supportUnits !== undefined) {
    const current = currentUnits(db, id);
    const lead = f.leadUnits ?? current.lead;
    const support = (f.supportUnits ?? current.support).filter((u) => !lead.includes(u));
    db.prepare('DELETE FROM measure_unit WHERE measure_id = ?').run(id);
    const put = db.prepare('INSERT OR IGNORE INTO measure_unit (measure_id, unit_id, role, position) VALUES (?, ?, ?, ?)');
    lead.forEach((name, i) => put.run(id, unitIdFor(db, name), 'lead', i));
    support.forEach((name, i) => put.run(id, unitIdFor(db, name), 'support', i));
  }
  if (f.indicatorIds !== undefined) {
    db.prepare('DELETE FROM measure_indicator WHERE measure_id = ?').run(id);
    const link = db.prepare('INSERT OR IGNORE INTO measure_indicator (measure_id, indicator_id) VALUES (?, ?)');
    for (const indicatorId of f.indicatorIds) {
      const ok = db.prepare('SELECT 1 FROM indicator WHERE id = ? AND part_id = ?').get(indicatorId, row.part_id);
      if (!ok) throw new QicaoError('bad-input', `指标 ${indicatorId} 不属于该措施所在的部分，无法关联。`);
      link.run(id, indicatorId);
    }
  }
}

export function updateMeasure(db: Db, id: number, f: MeasureFields): void {
  db.transaction(() => writeMeasureFields(db, id, f))();
}

function currentUnits(db: Db, id: number): { lead: string[]; support: string[] } {
  const rows = db.prepare('SELECT u.name, mu.role FROM measure_unit mu JOIN unit u ON u.id = mu.unit_id WHERE mu.measure_id = ? ORDER BY mu.role, mu.position').all(id) as {
    name: string;
    role: 'lead' | 'support';
  }[];
  return {
    lead: rows.filter((r) => r.role === 'lead').map((r) => r.name),
    support: rows.filter((r) => r.role === 'support').map((r) => r.name),
  };
}
