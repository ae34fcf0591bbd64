// The plan's preamble (migration 0012): read and written as one text, paragraphs one per line.
// A file of a format before 0012 has no preamble table and so no preamble.
import type { Db } from './open.ts';

const hasTable = (db: Db) => db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'plan_preamble'").get() !== undefined;

export function readPreamble(db: Db): string {
  if (!hasTable(db)) return '';
  const row = db.prepare('SELECT text FROM plan_preamble WHERE id = 1').get() as { text: string } | undefined;
  return row?.text ?? '';
}

/** Returns false when the file's format has no place for it (before migration 0012). */
export function writePreamble(db: Db, text: string): boolean {
  if (!hasTable(db)) return false;
  if (text.trim() === '') db.prepare('DELETE FROM plan_preamble WHERE id = 1').run();
  else db.prepare('INSERT INTO plan_preamble (id, text) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET text = excluded.text').run(text);
  return true;
}
