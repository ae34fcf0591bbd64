// `qicao feedback` killed at random moments: a returned file is in the plan whole or not at
// all — never some of its comments without the others.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { qicao, qicaoKilledAfter } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/plans.ts';
import { wordWithCommentsAndChanges } from '../consult/word-files.ts';

describe('qicao feedback under SIGKILL', () => {
  it('stores a returned file whole or not at all', { timeout: 300_000 }, async () => {
    const dir = tempDir();
    const plan = path.join(dir, 'p.qicao');
    expect(qicao(['new', plan, '--sample']).status).toBe(0);
    const returned = path.join(dir, '区水务局反馈.docx');
    fs.writeFileSync(returned, await wordWithCommentsAndChanges());

    // a full run, to learn how many items one file brings and how long it takes
    const probe = path.join(dir, 'probe.qicao');
    fs.copyFileSync(plan, probe);
    const t0 = Date.now();
    const full = qicao(['feedback', probe, '--unit', '区水务局', returned, '--json']);
    const duration = Date.now() - t0;
    expect(full.status).toBe(0);
    const itemsPerFile = JSON.parse(full.stdout).items.length;
    expect(itemsPerFile).toBeGreaterThan(1);

    let killed = 0;
    for (let i = 0; i < 10; i++) {
      const r = await qicaoKilledAfter(['feedback', plan, '--unit', '区水务局', returned, '--json'], Math.floor(duration * (0.4 + Math.random() * 0.7)));
      if (r.killed) killed++;
      const db = new Database(plan, { readonly: true });
      const files = (db.prepare('SELECT count(*) AS n FROM feedback_file').get() as { n: number }).n;
      const comments = (db.prepare('SELECT count(*) AS n FROM comment').get() as { n: number }).n;
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
      expect(files).toBeLessThanOrEqual(1);
      expect(comments).toBe(files * itemsPerFile);
    }
    expect(killed).toBeGreaterThan(2);
  });
});
