import type { Db } from './open.ts';

export function writePlanInfo(db: Db, info: { title: string; year: number | null; isSample: boolean }): void {
  db.prepare(
    `INSERT INTO plan (id, title, year, is_sample, created_at) VALUES (1, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, year = excluded.year, is_sample = excluded.is_sample`,
  ).run(info.title, info.year, info.isSample ? 1 : 0, new Date().toISOString());
}
