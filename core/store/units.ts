// The unit registry. A measure's 牵头/配合单位 are rows here, so renaming a unit renames it everywhere.
import { QicaoError } from '../errors.ts';
import type { Unit } from '../model/plan.ts';
import type { Db } from './open.ts';

export function listUnits(db: Db): Unit[] {
  return db.prepare('SELECT id, name, kind, contact, phone FROM unit ORDER BY id').all() as Unit[];
}

/** Finds a unit by name, creating it (kind 其他) when the drafter typed a new one. */
export function unitIdFor(db: Db, name: string): number {
  const clean = name.trim();
  if (!clean) throw new QicaoError('bad-input', '单位名称不能为空。');
  const row = db.prepare('SELECT id FROM unit WHERE name = ?').get(clean) as { id: number } | undefined;
  if (row) return row.id;
  return Number(db.prepare("INSERT INTO unit (name, kind) VALUES (?, '其他')").run(clean).lastInsertRowid);
}

export function insertUnit(db: Db, u: Omit<Unit, 'id'>): number {
  return Number(
    db.prepare('INSERT INTO unit (name, kind, contact, phone) VALUES (?, ?, ?, ?)').run(u.name.trim(), u.kind, u.contact, u.phone)
      .lastInsertRowid,
  );
}
