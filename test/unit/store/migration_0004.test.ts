import { describe, expect, it } from 'vitest';
import { upgradeSmallPlanFrom } from '../../helpers/migration.ts';

describe('migration 0004 (consultation)', () => {
  it('adds rounds and comments linked to the existing units and measures', () => {
    const db = upgradeSmallPlanFrom(3);
    const unit = db.prepare("SELECT id FROM unit WHERE name = '区水务局'").get() as { id: number };
    const measure = db.prepare("SELECT id FROM node WHERE kind = 'measure' LIMIT 1").get() as { id: number };
    const round = db.prepare("INSERT INTO round (name, sent_date, created_at) VALUES ('第一轮', '2024-02-20', 'now')").run().lastInsertRowid;
    db.prepare('INSERT INTO round_unit (round_id, unit_id) VALUES (?, ?)').run(round, unit.id);
    const file = db
      .prepare("INSERT INTO feedback_file (round_id, unit_id, sha256, name, format, imported_at) VALUES (?, ?, 'abc', 'a.docx', 'docx', 'now')")
      .run(round, unit.id).lastInsertRowid;
    db.prepare("INSERT INTO comment (round_id, unit_id, file_id, source_key, kind, node_id, created_at) VALUES (?, ?, ?, 'comment:0', 'comment', ?, 'now')").run(
      round,
      unit.id,
      file,
      measure.id,
    );
    // the same item of the same file cannot be stored twice
    expect(() =>
      db.prepare("INSERT INTO comment (round_id, unit_id, file_id, source_key, kind, created_at) VALUES (?, ?, ?, 'comment:0', 'comment', 'now')").run(round, unit.id, file),
    ).toThrow(/UNIQUE/);
    // a unit that was asked cannot be deleted from under its round
    expect(() => db.prepare('DELETE FROM unit WHERE id = ?').run(unit.id)).toThrow(/FOREIGN KEY/);
    // deleting the measure keeps the comment, unanchored
    db.prepare('DELETE FROM measure_unit WHERE measure_id = ?').run(measure.id);
    db.prepare('DELETE FROM node WHERE id = ?').run(measure.id);
    expect(db.prepare('SELECT node_id FROM comment').get()).toEqual({ node_id: null });
    db.close();
  });
});
