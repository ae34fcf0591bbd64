// A .qicao file mailed by someone else is data, never code: triggers, views or undo entries the
// sender put in it never run here. Each case crafts such a file and shows it is refused with a
// Chinese message, byte-for-byte unchanged, with no backup or copy carrying it.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCopy } from '../../../core/api/plan-safety.ts';
import { Session } from '../../../core/api/session.ts';
import { LATEST_VERSION } from '../../../core/store/migrations/index.ts';
import { createPlanFileAtVersion, openPlanFile } from '../../../core/store/open.ts';
import { undo } from '../../../core/store/undo.ts';
import { isUndoStatement, triggerShape, undoTriggersOfAllFormats } from '../../../core/store/undo-statement.ts';
import { createSamplePlan } from '../../../seeds/sample.ts';
import { tempDir } from '../../helpers/plans.ts';
import { folderState } from './folder-state.ts';

/** A real plan, then the sender's SQL added with a plain SQLite connection (unsafe: may edit shadow tables and the schema). */
function planWith(sender: string, opts: { unsafe?: boolean } = {}): { dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, '行动计划.qicao');
  createSamplePlan(file).close();
  const raw = new Database(file);
  if (opts.unsafe) raw.unsafeMode(true);
  raw.exec(sender);
  raw.close();
  return { dir, file };
}

/** Tables whose mere check runs the sender's code: made cheaply, each would cost the old order seconds or a wrong verdict. */
const CHECKED_CODE: Record<string, { sql: string; says: RegExp }> = {
  // 1,000 rows of x; the column y is computed from x whenever the table is read (here about 7 s
  // for the whole table). Written into the schema afterwards, so making the file costs nothing.
  'an expensive generated column over many rows': {
    sql: `CREATE TABLE heavy (x INTEGER);
      WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 1000) INSERT INTO heavy (x) SELECT 200000 FROM c;
      PRAGMA writable_schema = ON;
      UPDATE sqlite_schema SET sql = 'CREATE TABLE heavy (x INTEGER, y INTEGER AS (length(replace(hex(zeroblob(x)), ''0'', ''ab''))) VIRTUAL)' WHERE name = 'heavy';
      PRAGMA writable_schema = OFF;`,
    says: /表“heavy”含有计算列/,
  },
  // the FTS5 module's own check runs over its (here damaged) index: the old order called the plan 已损坏
  'an FTS5 full-text table': {
    sql: `CREATE VIRTUAL TABLE notes USING fts5(body);
      INSERT INTO notes VALUES ('大气污染防治'), ('水污染防治');
      DELETE FROM notes_content WHERE id = 1;`,
    says: /含有虚拟表“notes”/,
  },
  'an R-tree table': {
    sql: `CREATE VIRTUAL TABLE box USING rtree(id, x0, x1);
      INSERT INTO box VALUES (1, 0, 1), (2, 5, 6);
      DELETE FROM box_rowid WHERE rowid = 1;`,
    says: /含有虚拟表“box”/,
  },
};

const ATTACKS: Record<string, string> = {
  'a trigger that rewrites typed text': `CREATE TRIGGER fix_wording AFTER UPDATE OF content ON node BEGIN
     UPDATE node SET content = replace(NEW.content, '不低于', '不高于') WHERE id = NEW.id; END;`,
  'a trigger that recurses forever': `CREATE TRIGGER again AFTER UPDATE ON undo_state BEGIN UPDATE undo_state SET step = step + 1 WHERE id = 1; END;`,
  'a view': `CREATE VIEW everything AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n;`,
  'a trigger that bloats the file': `CREATE TRIGGER grow AFTER UPDATE ON node BEGIN
     INSERT INTO undo_log (stack, step, row_key, sql) SELECT 'redo', 1, NULL, hex(randomblob(1000000)) FROM (SELECT 1 UNION ALL SELECT 2); END;`,
  'a changed table definition': `ALTER TABLE node ADD COLUMN note TEXT DEFAULT '备注'`,
  'an index on an expression': `CREATE INDEX sneaky ON node (length(content))`,
};

describe('a plan carrying its sender’s SQL', () => {
  for (const [what, sender] of Object.entries(ATTACKS)) {
    it(`${what} is refused; the file and its folder are unchanged, no backup, no copy`, () => {
      const { dir, file } = planWith(sender);
      const before = folderState(dir);
      const backups = path.join(tempDir(), 'backups');
      expect(() => openPlanFile(file, { backupDir: backups })).toThrow(/内部结构与起草助手.*不一致.*已拒绝打开，文件未作任何修改/);
      const session = new Session(path.join(tempDir(), 'data'));
      expect(() => session.open(file)).toThrow(/已拒绝打开/);
      expect(() => openCopy(session, file)).toThrow(/已拒绝打开/);
      expect(folderState(path.join(session.dataDir, 'copies'))).toEqual({});
      expect(folderState(dir)).toEqual(before);
      expect(fs.existsSync(backups)).toBe(false);
    });
  }

  for (const [what, { sql, says }] of Object.entries(CHECKED_CODE)) {
    it(`${what} is refused from the schema alone, at once, before any of its code runs`, () => {
      const { dir, file } = planWith(sql, { unsafe: true });
      const before = folderState(dir);
      const backups = path.join(tempDir(), 'backups');
      const started = performance.now();
      let message = '';
      try {
        openPlanFile(file, { backupDir: backups });
      } catch (e) {
        message = (e as Error).message;
      }
      expect(performance.now() - started).toBeLessThan(1500);
      expect(message).toMatch(says);
      expect(message).toMatch(/已拒绝打开，文件未作任何修改/);
      expect(folderState(dir)).toEqual(before);
      expect(fs.existsSync(backups)).toBe(false);
    });
  }

  it('the refusal names what is wrong in Chinese', () => {
    const { file } = planWith(ATTACKS['a trigger that rewrites typed text']);
    expect(() => openPlanFile(file, { backupDir: null })).toThrow('多出了触发器“fix_wording”');
  });

  it('a plan with the wrong user_version gets a Chinese message and leaves no backup behind', () => {
    const { dir, file } = planWith(`PRAGMA user_version = 3`);
    const before = folderState(dir);
    const backups = path.join(tempDir(), 'backups');
    let message = '';
    try {
      openPlanFile(file, { backupDir: backups });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/格式 3.*不一致/);
    expect(message).not.toMatch(/SQLITE|table|already|syntax|error/i); // no raw SQLite English
    expect(folderState(dir)).toEqual(before);
    expect(fs.existsSync(backups)).toBe(false);
  });

  it('plans of every known version still open (and the old ones are upgraded)', () => {
    for (let v = 1; v <= LATEST_VERSION; v++) {
      const file = path.join(tempDir(), `v${v}.qicao`);
      createPlanFileAtVersion(file, v);
      const db = openPlanFile(file, { backupDir: null });
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
      db.close();
    }
  });
});

describe('undo entries carried in the file', () => {
  it('an undo entry that would write another file is refused and nothing is written', () => {
    const dir = tempDir();
    const file = path.join(dir, '计划.qicao');
    const evil = path.join(dir, 'written-by-sender.db');
    createSamplePlan(file).close();
    const raw = new Database(file);
    raw
      .prepare("INSERT INTO undo_log (stack, step, row_key, sql) VALUES ('undo', 9999, NULL, ?)")
      .run(`ATTACH DATABASE '${evil}' AS e; CREATE TABLE e.t(x); INSERT INTO e.t VALUES ('pwned')`);
    raw.close();
    const session = new Session(path.join(tempDir(), 'data'));
    session.open(file);
    expect(() => undo(session.plan)).toThrow('撤销记录中有不是起草助手写入的内容，已停止撤销，计划未作改动。');
    expect(fs.existsSync(evil)).toBe(false);
    session.close();
  });

  /** The sample plan, opened once with undo on, then the sender's entry put on top of the undo stack. */
  function sampleWithUndoEntry(entry: string): { file: string; titles: () => string[]; snapshots: () => number } {
    const dir = tempDir();
    const file = path.join(dir, '计划.qicao');
    createSamplePlan(file).close();
    const raw = new Database(file);
    raw.prepare("INSERT INTO snapshot (name, kind, created_at, plan_json) VALUES ('征求意见稿', 'manual', '2024-02-20', '{}')").run();
    raw.prepare("INSERT INTO undo_log (stack, step, row_key, sql) VALUES ('undo', 9999, NULL, ?)").run(entry);
    raw.close();
    const read = <T>(q: string) => {
      const db = new Database(file, { readonly: true });
      try {
        return db.prepare(q).all() as T[];
      } finally {
        db.close();
      }
    };
    return {
      file,
      titles: () => read<{ title: string }>("SELECT title FROM node WHERE kind = 'measure' ORDER BY id").map((r) => r.title),
      snapshots: () => read<{ n: number }>('SELECT count(*) AS n FROM snapshot')[0].n,
    };
  }

  for (const [what, entry] of Object.entries({
    'an UPDATE of every measure’s title': "UPDATE node SET title='已被改写' WHERE kind='measure'",
    'a DELETE of the drafts': 'DELETE FROM snapshot WHERE id=1',
    'a DELETE of a whole part’s nodes': 'DELETE FROM node WHERE part_id=1',
  })) {
    it(`an undo entry our triggers never write (${what}) is refused by Ctrl+Z and changes nothing`, () => {
      const plan = sampleWithUndoEntry(entry);
      const titles = plan.titles();
      expect(titles.length).toBe(205);
      const session = new Session(path.join(tempDir(), 'data'));
      session.open(plan.file);
      try {
        expect(() => undo(session.plan)).toThrow('撤销记录中有不是起草助手写入的内容，已停止撤销，计划未作改动。');
      } finally {
        session.close();
      }
      expect(plan.titles()).toEqual(titles);
      expect(plan.snapshots()).toBe(1);
    });
  }

  it('every trigger that writes undo entries, in every format, has a shape undo accepts', () => {
    const triggers = undoTriggersOfAllFormats();
    expect(triggers.length).toBeGreaterThan(20);
    for (const t of triggers) expect(triggerShape(t.sql), `${t.name} (format ${t.version})`).not.toBeNull();
  });

  it('accepts exactly the shapes our triggers write, nothing else', () => {
    expect(
      isUndoStatement(
        "UPDATE node SET id=5, kind='measure', parent_id=3, part_id=1, position=2, title='a''b', goals=NULL, content=NULL, deadline='2024年底前', section=0 WHERE id=5",
      ),
    ).toBe(true);
    expect(isUndoStatement('DELETE FROM measure_unit WHERE measure_id=1 AND unit_id=2')).toBe(true);
    expect(
      isUndoStatement(
        "INSERT INTO indicator (id, part_id, position, name, unit, baseline_year, baseline_value, comparator, target) VALUES (1, 2, 0, '率', '%', NULL, 1.5, '>=', -1.5e+20)",
      ),
    ).toBe(true);
    // a valid-looking statement our triggers never write: a partial column list, a WHERE on a non-key, another table
    expect(isUndoStatement("UPDATE node SET title='a''b', goals=NULL, position=3 WHERE id=5")).toBe(false);
    expect(isUndoStatement("UPDATE node SET title='改写' WHERE kind='measure'")).toBe(false);
    expect(isUndoStatement('DELETE FROM snapshot WHERE id=1')).toBe(false);
    expect(isUndoStatement('DELETE FROM node WHERE part_id=1')).toBe(false);
    expect(isUndoStatement("INSERT INTO indicator (id, name, target) VALUES (1, '率', -1.5e+20)")).toBe(false);
    expect(isUndoStatement('UPDATE node SET title=(WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT max(x) FROM c) WHERE id=1')).toBe(false);
    expect(isUndoStatement('DELETE FROM node WHERE id=1; DROP TABLE unit')).toBe(false);
    expect(isUndoStatement("VACUUM INTO '/tmp/x'")).toBe(false);
    expect(isUndoStatement("UPDATE sqlite_schema SET sql='x' WHERE name='node'")).toBe(false);
    expect(isUndoStatement('UPDATE node SET title=content WHERE id=1')).toBe(false);
  });
});
