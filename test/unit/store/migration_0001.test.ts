// Schema 1 on its own: the structure rules and the count triggers, on data written directly.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createPlanFileAtVersion } from '../../../core/store/open.ts';
import { tempDir } from '../../helpers/plans.ts';

describe('migration 0001 (plan structure)', () => {
  it('keeps per-part counts by trigger and refuses a measure under a part', () => {
    const file = path.join(tempDir(), 'v1.qicao');
    createPlanFileAtVersion(file, 1);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    const part = db.prepare("INSERT INTO node (kind, parent_id, part_id, position, title) VALUES ('part', NULL, NULL, 0, '水')").run().lastInsertRowid;
    const aspect = db.prepare("INSERT INTO node (kind, parent_id, part_id, position, title) VALUES ('aspect', ?, ?, 0, 'a')").run(part, part).lastInsertRowid;
    const task = db.prepare("INSERT INTO node (kind, parent_id, part_id, position, title) VALUES ('keyTask', ?, ?, 0, 't')").run(aspect, part).lastInsertRowid;
    db.prepare("INSERT INTO node (kind, parent_id, part_id, position, title) VALUES ('measure', ?, ?, 0, 'm')").run(task, part);
    expect(db.prepare('SELECT aspects, key_tasks, measures FROM part_count').get()).toEqual({ aspects: 1, key_tasks: 1, measures: 1 });
    expect(() => db.prepare("INSERT INTO node (kind, parent_id, part_id, position, title) VALUES ('measure', ?, ?, 1, 'x')").run(part, part)).toThrow(/parent kind/);
    db.prepare('DELETE FROM node WHERE id = ?').run(aspect);
    expect(db.prepare('SELECT aspects, key_tasks, measures FROM part_count').get()).toEqual({ aspects: 0, key_tasks: 0, measures: 0 });
    db.close();
  });
});
