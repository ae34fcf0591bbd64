// Units as the consultation names them: a unit given by name must be one of the registry's
// (a typo would otherwise file a unit's comments under a unit nobody asked).
import { QicaoError } from '../errors.ts';
import type { Db } from '../store/open.ts';
import { sql } from '../store/statements.ts';
import { normalizeText, similarity } from './anchor.ts';

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

/** Registry names that look like what was typed: containment first, then shared characters. */
export function closeUnitNames(db: Db, typed: string): string[] {
  const q = normalizeText(typed);
  if (q === '') return [];
  return allUnits(db)
    .map((u) => {
      const norm = normalizeText(u.name);
      const contained = norm.includes(q) || q.includes(norm) ? 1 : 0;
      const grams = new Map<string, number>();
      for (let i = 0; i + 1 < norm.length; i++) grams.set(norm.slice(i, i + 2), (grams.get(norm.slice(i, i + 2)) ?? 0) + 1);
      return { name: u.name, score: contained + similarity(q, { norm, grams, gramCount: Math.max(norm.length - 1, 1) }) };
    })
    .filter((u) => u.score >= 0.3)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5)
    .map((u) => u.name);
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

/** Fills in a unit's contact person and phone (one transaction); '' leaves a field as it is. */
export function updateUnitContact(db: Db, name: string, fields: { contact?: string; phone?: string }): UnitRow {
  return db.transaction(() => {
    const unit = findUnit(db, name);
    if (fields.contact !== undefined) sql(db, 'UPDATE unit SET contact = ? WHERE id = ?').run(fields.contact.trim(), unit.id);
    if (fields.phone !== undefined) sql(db, 'UPDATE unit SET phone = ? WHERE id = ?').run(fields.phone.trim(), unit.id);
    return findUnit(db, name);
  })();
}
