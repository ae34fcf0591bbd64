// Units as the consultation names them: a unit given by name must be one of the registry's
// (a typo would otherwise file a unit's comments under a unit nobody asked).
import { QicaoError } from '../errors.ts';
import type { Db } from '../store/open.ts';
import { sql } from '../store/statements.ts';
import { closeNames } from '../model/text-similarity.ts';

export interface UnitRow {
  id: number;
  name: string;
  kind: string;
  contact: string;
  phone: string;
}

function allUnits(db: Db): UnitRow[] {
  return sql(db, 'SELECT id, name, kind, contact, phone FROM unit ORDER BY id').all() as UnitRow[];
}

/** Registry names that look like what was typed (the model's one "是否指…" finder). */
export function closeUnitNames(db: Db, typed: string): string[] {
  return closeNames(
    typed,
    allUnits(db).map((u) => u.name),
  );
}

export function findUnit(db: Db, name: string): UnitRow {
  const clean = name.trim();
  if (clean === '') throw new QicaoError('bad-input', '请给出单位名称（如“区水务局”）。');
  const row = sql(db, 'SELECT id, name, kind, contact, phone FROM unit WHERE name = ?').get(clean) as UnitRow | undefined;
  if (row) return row;
  const close = closeUnitNames(db, clean);
  throw new QicaoError(
    'bad-input',
    close.length > 0
      ? `单位登记表中没有“${clean}”，是否指：${close.join('、')}？请用登记表中的名称。`
      : `单位登记表中没有“${clean}”，请先在单位登记表中添加该单位，或检查名称是否写错。`,
  );
}
