// 40 runs of `qicao add` killed with SIGKILL at random moments: an id that was printed is an
// edit that survived, and the file stays sound.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { qicao, qicaoKilledAfter } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/plans.ts';

describe('qicao add under SIGKILL', () => {
  it('loses no acknowledged edit in 40 random kills', { timeout: 180_000 }, async () => {
    const file = path.join(tempDir(), 'kill.qicao');
    expect(qicao(['new', file, '--sample']).status).toBe(0);
    const outline = JSON.parse(qicao(['outline', file, '--json']).stdout);
    const task = outline[2].children[1].children[0];

    // how long a full run takes here, so kills land across start-up, the write and the exit
    const t0 = Date.now();
    expect(qicao(['add', file, '--parent', String(task.id), '--kind', 'measure', '--title', '基准']).status).toBe(0);
    const full = Date.now() - t0;

    const acknowledged: number[] = [];
    let killed = 0;
    for (let i = 0; i < 40; i++) {
      const at = Math.floor(full * (0.4 + Math.random() * 0.8));
      const r = await qicaoKilledAfter(['add', file, '--parent', String(task.id), '--kind', 'measure', '--title', `第${i}次`], at);
      if (r.killed) killed++;
      const id = Number(r.stdout.trim());
      if (r.stdout.trim() && Number.isInteger(id)) acknowledged.push(id);
    }
    expect(killed).toBeGreaterThan(5); // the test really killed processes

    const db = new Database(file);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const present = new Set((db.prepare('SELECT id FROM node WHERE parent_id = ?').all(task.id) as { id: number }[]).map((r) => r.id));
    for (const id of acknowledged) expect(present.has(id), `id ${id} was printed but is missing`).toBe(true);
    // counts still agree with the structure after the kills
    const c = db.prepare('SELECT measures FROM part_count WHERE part_id = ?').get(outline[2].id) as { measures: number };
    const real = db.prepare("SELECT count(*) AS n FROM node WHERE part_id = ? AND kind = 'measure'").get(outline[2].id) as { n: number };
    expect(c.measures).toBe(real.n);
    db.close();
  });
});
