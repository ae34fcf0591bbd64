// `qicao feedback` killed with SIGKILL exactly at its commit, through the test-only pause point
// (core/test-pause.ts): a returned file is in the plan whole or not at all — never some of its
// comments without the others — and a file whose import was cut off can simply be imported again.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { qicao, qicaoKilledAt } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/plans.ts';
import { wordWithCommentsAndChanges } from '../consult/word-files.ts';

let dir: string;
let returned: string;
let itemsPerFile: number;

function look(plan: string) {
  const db = new Database(plan);
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      files: (db.prepare('SELECT count(*) AS n FROM feedback_file').get() as { n: number }).n,
      comments: (db.prepare('SELECT count(*) AS n FROM comment').get() as { n: number }).n,
    };
  } finally {
    db.close();
  }
}

function newPlan(name: string): string {
  const plan = path.join(dir, name);
  expect(qicao(['new', plan, '--sample']).status).toBe(0);
  return plan;
}

const importInto = (plan: string) => ['feedback', plan, '--unit', '区水务局', returned, '--json'];

beforeAll(async () => {
  dir = tempDir();
  returned = path.join(dir, '区水务局反馈.docx');
  fs.writeFileSync(returned, await wordWithCommentsAndChanges());
  // an uninterrupted import, to learn how many items the file brings
  const probe = qicao(importInto(newPlan('probe.qicao')));
  expect(probe.status).toBe(0);
  itemsPerFile = JSON.parse(probe.stdout).items.length;
  expect(itemsPerFile).toBeGreaterThan(1);
});

describe('qicao feedback under SIGKILL at the commit', { timeout: 120_000 }, () => {
  it('killed just before the commit: nothing of the file is stored, and importing it again works', async () => {
    const plan = newPlan('before.qicao');
    const r = await qicaoKilledAt('before-commit', importInto(plan));
    expect(r.paused).toBe(true);
    expect(r.killed).toBe(true);
    expect(r.stdout).toBe('');
    expect(look(plan)).toEqual({ integrity: 'ok', files: 0, comments: 0 });

    const again = qicao(importInto(plan));
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).duplicate).toBe(false);
    expect(look(plan)).toEqual({ integrity: 'ok', files: 1, comments: itemsPerFile });
  });

  it('killed just after the commit: the whole file is stored, and importing it again adds nothing', async () => {
    const plan = newPlan('after.qicao');
    const r = await qicaoKilledAt('after-commit', importInto(plan));
    expect(r.paused).toBe(true);
    expect(r.killed).toBe(true);
    expect(r.stdout).toBe('');
    expect(look(plan)).toEqual({ integrity: 'ok', files: 1, comments: itemsPerFile });

    const again = qicao(importInto(plan));
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).duplicate).toBe(true);
    expect(look(plan)).toEqual({ integrity: 'ok', files: 1, comments: itemsPerFile });
  });
});
