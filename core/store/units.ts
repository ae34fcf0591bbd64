// The unit registry. A measure's 牵头/配合单位 are rows here, so renaming a unit renames it everywhere.
import { QicaoError } from '../errors.ts';
import type { Unit } from '../model/plan.ts';
import type { Db } from './open.ts';
import { sql } from './statements.ts';

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
  return Number(db.prepare('INSERT INTO unit (name, kind, contact, phone) VALUES (?, ?, ?, ?)').run(u.name.trim(), u.kind, u.contact, u.phone).lastInsertRowid);
}

function assertNameFree(db: Db, name: string, except?: number): string {
  const clean = name.trim();
  if (!clean) throw new QicaoError('bad-input', '单位名称不能为空，请填写如“区生态环境局”。');
  const taken = sql(db, 'SELECT id FROM unit WHERE name = ?').get(clean) as { id: number } | undefined;
  if (taken && taken.id !== except) throw new QicaoError('exists', `单位“${clean}”已在单位列表中，可直接选用。`);
  return clean;
}

/** Adds a unit to the registry (the drafter typed a name that was not there). */
export function addUnit(db: Db, u: Pick<Unit, 'name'> & Partial<Omit<Unit, 'id' | 'name'>>): number {
  return db.transaction(() => insertUnit(db, { name: assertNameFree(db, u.name), kind: u.kind ?? '其他', contact: u.contact ?? '', phone: u.phone ?? '' }))();
}

/** Renames a unit; every measure that names it follows, since they refer to the row. */
export function renameUnit(db: Db, id: number, name: string): void {
  db.transaction(() => {
    if (!sql(db, 'SELECT 1 FROM unit WHERE id = ?').get(id)) throw new QicaoError('unknown-node', `找不到编号为 ${id} 的单位，它可能已被删除。`);
    sql(db, 'UPDATE unit SET name = ? WHERE id = ?').run(assertNameFree(db, name, id), id);
  })();
}
