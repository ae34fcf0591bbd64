// A file we refuse is left byte-for-byte as it was, with one Chinese line saying why.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { QicaoError } from '../../../core/errors.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { APPLICATION_ID, LATEST_VERSION } from '../../../core/store/migrations/index.ts';
import { addNode } from '../../../core/store/nodes.ts';
import { createPlanFile, openPlanFile } from '../../../core/store/open.ts';
import { countsReport } from '../../../core/counts/report.ts';
import { smallPlan, tempDir } from '../../helpers/plans.ts';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});

const hash = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

function expectRefused(file: string, code: QicaoError['code'], words: RegExp) {
  const before = hash(file);
  const siblings = fs.readdirSync(path.dirname(file)).sort();
  let err: unknown;
  try {
    openPlanFile(file).close();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(QicaoError);
  expect((err as QicaoError).code).toBe(code);
  expect((err as QicaoError).message).toMatch(words);
  expect((err as QicaoError).message).not.toContain('\n');
  expect(hash(file)).toBe(before);
  // no -wal/-shm left behind either
  expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(siblings);
}

describe('opening a plan file', () => {
  it('refuses a text file', () => {
    const f = path.join(dir, 'notes.qicao');
    fs.writeFileSync(f, '这不是计划文件，只是一段文字。'.repeat(20));
    expectRefused(f, 'not-a-plan', /不是起草助手的计划文件/);
  });

  it('refuses an empty file', () => {
    const f = path.join(dir, 'empty.qicao');
    fs.writeFileSync(f, '');
    expectRefused(f, 'not-a-plan', /空文件/);
  });

  it('refuses a SQLite database that is not a plan', () => {
    const f = path.join(dir, 'other.qicao');
    const db = new Database(f);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    db.close();
    expectRefused(f, 'not-a-plan', /不是起草助手的计划文件/);
  });

  it('refuses a plan written by a newer version', () => {
    const f = path.join(dir, 'newer.qicao');
    createPlanFile(f).close();
    const db = new Database(f);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    expectRefused(f, 'newer-version', /更新版本.*升级/);
  });

  it('refuses a truncated plan as damaged', () => {
    const f = path.join(dir, 'cut.qicao');
    createPlanFile(f, (db) => fillPlan(db, PlanSpec.parse(smallPlan))).close();
    const size = fs.statSync(f).size;
    fs.truncateSync(f, Math.floor(size / 2));
    expectRefused(f, 'corrupt', /损坏.*备份/);
  });

  it('refuses a plan whose pages were overwritten with zeros', () => {
    const f = path.join(dir, 'zero.qicao');
    createPlanFile(f, (db) => fillPlan(db, PlanSpec.parse(smallPlan))).close();
    const fd = fs.openSync(f, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096 * 2), 0, 4096 * 2, 4096);
    fs.closeSync(fd);
    expectRefused(f, 'corrupt', /损坏/);
  });

  it('says plainly when the file is missing', () => {
    expect(() => openPlanFile(path.join(dir, 'nope.qicao'))).toThrow(/找不到文件/);
  });

  it('creates a file marked as a plan, durable and with foreign keys on', () => {
    const db = createPlanFile(path.join(dir, 'new.qicao'));
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const strict = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%STRICT'").all();
    expect(strict).toEqual([]);
    db.close();
  });

  it('will not overwrite an existing file when creating', () => {
    const f = path.join(dir, 'keep.qicao');
    fs.writeFileSync(f, 'mine');
    expect(() => createPlanFile(f)).toThrow(/已存在/);
    expect(fs.readFileSync(f, 'utf8')).toBe('mine');
  });

  it('leaves no file at all when filling a new plan fails half-way', () => {
    const f = path.join(dir, 'half.qicao');
    const bad = PlanSpec.parse({
      ...smallPlan,
      parts: [{ title: 'x', aspects: [{ title: 'a', keyTasks: [{ title: 't', measures: [{ text: 'm', indicators: ['不存在的指标'] }] }] }] }],
    });
    expect(() => createPlanFile(f, (db) => fillPlan(db, bad))).toThrow(/不存在的指标/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('a failed action changes nothing', () => {
  it('rejects a measure under an aspect and leaves the plan as it was', () => {
    const db = createPlanFile(path.join(dir, 'p.qicao'), (d) => fillPlan(d, PlanSpec.parse(smallPlan)));
    const before = JSON.stringify(db.prepare('SELECT * FROM node ORDER BY id').all());
    const counts = countsReport(db);
    expect(() => addNode(db, { parentId: 2, kind: 'measure', title: '放错位置' })).toThrow(/具体措施只能放在重点任务下/);
    expect(() => addNode(db, { parentId: 9999, kind: 'measure', title: '不存在的上级' })).toThrow(/找不到编号为 9999/);
    expect(JSON.stringify(db.prepare('SELECT * FROM node ORDER BY id').all())).toBe(before);
    expect(countsReport(db)).toEqual(counts);
    db.close();
  });

  it('never reuses the id of a deleted node', () => {
    const db = createPlanFile(path.join(dir, 'p.qicao'), (d) => fillPlan(d, PlanSpec.parse(smallPlan)));
    const id = addNode(db, { parentId: 3, kind: 'measure', title: '临时' });
    db.prepare('DELETE FROM node WHERE id = ?').run(id);
    const next = addNode(db, { parentId: 3, kind: 'measure', title: '再加一条' });
    expect(next).toBeGreaterThan(id);
    db.close();
  });
});
