// Upgrading a real plan written at schema 1 (structure only) to schema 2 (units, indicators).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { countsReport } from '../../../core/counts/report.ts';
import { updateMeasure } from '../../../core/store/measures.ts';
import { createPlanFileAtVersion, openPlanFile } from '../../../core/store/open.ts';
import { LATEST_VERSION } from '../../../core/store/migrations/index.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { tempDir } from '../../helpers/plans.ts';
import { aspectsOf } from '../../../core/model/level-rules.ts';

describe('migration 0002 (units and indicators)', () => {
  it('upgrades a schema-1 plan in place, keeping every node and count', () => {
    const file = path.join(tempDir(), 'v1.qicao');
    createPlanFileAtVersion(file, 1, (db) => {
      db.prepare("INSERT INTO plan (id, title, year, is_sample, created_at) VALUES (1, '旧计划', 2023, 0, '2023-01-01')").run();
      const part = db
        .prepare("INSERT INTO node (kind, parent_id, part_id, position, title, goals, content) VALUES ('part', NULL, NULL, 0, '大气污染防治', '目标', '内容')")
        .run().lastInsertRowid;
      const aspect = db.prepare("INSERT INTO node (kind, parent_id, part_id, position, title) VALUES ('aspect', ?, ?, 0, '方面一')").run(part, part).lastInsertRowid;
      const task = db.prepare("INSERT INTO node (kind, parent_id, part_id, position, title) VALUES ('keyTask', ?, ?, 0, '任务一')").run(aspect, part).lastInsertRowid;
      for (let i = 0; i < 3; i++) {
        db.prepare("INSERT INTO node (kind, parent_id, part_id, position, title, deadline) VALUES ('measure', ?, ?, ?, ?, '2023年底前')").run(task, part, i, `措施${i + 1}`);
      }
    });
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'unit'").get()).toEqual({ n: 0 });
    raw.close();

    const db = openPlanFile(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const plan = readPlan(db);
    expect(plan.title).toBe('旧计划');
    expect(aspectsOf(plan.parts[0])[0].children[0].children.map((m) => [m.title, m.deadline])).toEqual([
      ['措施1', '2023年底前'],
      ['措施2', '2023年底前'],
      ['措施3', '2023年底前'],
    ]);
    expect(countsReport(db).totals).toMatchObject({ aspects: 1, keyTasks: 1, measures: 3 });
    // the new tables work on the old data
    const measureId = aspectsOf(plan.parts[0])[0].children[0].children[0].id;
    updateMeasure(db, measureId, { leadUnits: ['区生态环境局'], supportUnits: ['区水务局'] });
    expect(aspectsOf(readPlan(db).parts[0])[0].children[0].children[0]).toMatchObject({ leadUnits: ['区生态环境局'], supportUnits: ['区水务局'] });
    db.close();
    expect(fs.existsSync(file)).toBe(true);
  });
});
