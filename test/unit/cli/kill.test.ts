// `qicao add` killed with SIGKILL exactly at its commit, through the test-only pause point
// (core/test-pause.ts): killed just before the commit, the new measure is absent; killed just
// after, it is there although no id was ever printed. Either way the file is sound and the
// stored counts agree with the structure. (Random kill times almost never hit the write: most
// of a CLI run is start-up.)
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { qicao, qicaoKilledAt } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/plans.ts';

interface Seen {
  integrity: unknown;
  foreignKeys: unknown[];
  titles: string[];
  storedMeasures: number;
  realMeasures: number;
}

let file: string;
let taskId: number;
let partId: number;

/** What the next opener of the file finds (a plain open, so the write-ahead log is recovered). */
function look(): Seen {
  const db = new Database(file);
  try {
    const c = db.prepare('SELECT measures FROM part_count WHERE part_id = ?').get(partId) as { measures: number };
    const real = db.prepare("SELECT count(*) AS n FROM node WHERE part_id = ? AND kind = 'measure'").get(partId) as { n: number };
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      foreignKeys: db.pragma('foreign_key_check') as unknown[],
      titles: (db.prepare('SELECT title FROM node WHERE parent_id = ? ORDER BY position').all(taskId) as { title: string }[]).map((r) => r.title),
      storedMeasures: c.measures,
      realMeasures: real.n,
    };
  } finally {
    db.close();
  }
}

const add = (title: string) => ['add', file, '--parent', String(taskId), '--kind', 'measure', '--title', title];

beforeAll(() => {
  file = path.join(tempDir(), 'kill.qicao');
  expect(qicao(['new', file, '--sample']).status).toBe(0);
  const outline = JSON.parse(qicao(['outline', file, '--json']).stdout);
  partId = outline[2].id;
  taskId = outline[2].children[1].children[0].id;
});

describe('qicao add under SIGKILL at the commit', { timeout: 120_000 }, () => {
  it('killed just before the commit: the measure is absent and the file sound', async () => {
    const before = look();
    const r = await qicaoKilledAt('before-commit', add('提交前被终止的措施'));
    expect(r.paused).toBe(true);
    expect(r.killed).toBe(true);
    expect(r.stdout).toBe(''); // no id was acknowledged
    const after = look();
    expect(after.integrity).toBe('ok');
    expect(after.foreignKeys).toEqual([]);
    expect(after.titles).toEqual(before.titles);
    expect(after.storedMeasures).toBe(before.storedMeasures);
    expect(after.storedMeasures).toBe(after.realMeasures);
  });

  it('killed just after the commit: the measure is there and counted, though no id was printed', async () => {
    const before = look();
    const r = await qicaoKilledAt('after-commit', add('提交后被终止的措施'));
    expect(r.paused).toBe(true);
    expect(r.killed).toBe(true);
    expect(r.stdout).toBe('');
    const after = look();
    expect(after.integrity).toBe('ok');
    expect(after.foreignKeys).toEqual([]);
    expect(after.titles).toEqual([...before.titles, '提交后被终止的措施']);
    expect(after.storedMeasures).toBe(before.storedMeasures + 1);
    expect(after.storedMeasures).toBe(after.realMeasures);
  });

  it('the next add after the kills is acknowledged and stored', () => {
    const before = look();
    const r = qicao(add('被终止之后再加的措施'));
    expect(r.status).toBe(0);
    expect(Number(r.stdout.trim())).toBeGreaterThan(0);
    const after = look();
    expect(after.titles).toEqual([...before.titles, '被终止之后再加的措施']);
    expect(after.storedMeasures).toBe(after.realMeasures);
  });
});
