// The HTTP host killed with SIGKILL at random moments while a stream of edits arrives: every
// edit whose reply came back is in the file afterwards, and the file is sound.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { qicao } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/plans.ts';
import { callServed, serveProcess } from '../../helpers/serve.ts';

// The host is up when each kill timer starts, so kills land among the edits (unlike a CLI run,
// which is mostly start-up: the CLI's kill tests stop it at the commit instead).
const KILLS = 60;

describe('the HTTP host under SIGKILL', () => {
  it(`loses no acknowledged edit in ${KILLS} kills`, { timeout: 400_000 }, async () => {
    const file = path.join(tempDir(), 'crash.qicao');
    expect(qicao(['new', file, '--sample']).status).toBe(0);
    const outline = JSON.parse(qicao(['outline', file, '--json']).stdout);
    const tasks: number[] = outline.flatMap((p: any) => p.children.flatMap((a: any) => a.children.map((t: any) => t.id)));
    const measures: number[] = outline.flatMap((p: any) => p.children.flatMap((a: any) => a.children.flatMap((t: any) => t.children.map((m: any) => m.id))));

    const added = new Set<number>();
    /** per node: the last acknowledged title, and every title sent after it whose reply never came */
    const renamed = new Map<number, { acknowledged: string; unanswered: string[] }>();
    let edits = 0;
    for (let k = 0; k < KILLS; k++) {
      const served = await serveProcess(file);
      let alive = true;
      served.child.on('exit', () => (alive = false));
      // kill somewhere inside a burst of edits
      setTimeout(() => served.child.kill('SIGKILL'), 30 + Math.random() * 250);
      while (alive) {
        const i = edits++;
        try {
          if (i % 2) {
            const r = await callServed(served, 'node.add', { parentId: tasks[i % tasks.length], kind: 'measure', title: `崩溃测试措施${i}` });
            if (r.ok) added.add(r.value.id);
          } else {
            const id = measures[i % measures.length];
            // titles whose digits repeat from one edit to the next: only the exact text can tell them apart
            const title = `到2024年底，第${(i * 7) % 13}批措施完成率达到100%（改写${i % 3 === 0 ? '甲' : i % 3 === 1 ? '乙' : '丙'}${i}）。`;
            const sent = renamed.get(id) ?? { acknowledged: '', unanswered: [] };
            sent.unanswered.push(title); // until its reply arrives, the kill may have come before or after its commit
            renamed.set(id, sent);
            const r = await callServed(served, 'node.rename', { id, title });
            if (r.ok) renamed.set(id, { acknowledged: title, unanswered: [] });
          }
        } catch {
          break; // connection refused or reset: the process is gone
        }
      }
      await new Promise((r) => (served.child.exitCode !== null || served.child.signalCode !== null ? r(null) : served.child.once('exit', r)));
    }
    expect(added.size).toBeGreaterThan(KILLS); // edits really were acknowledged between kills

    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const ids = new Set((db.prepare('SELECT id FROM node').all() as { id: number }[]).map((r) => r.id));
    for (const id of added) expect(ids.has(id), `added ${id} missing`).toBe(true);
    let exact = 0;
    for (const [id, { acknowledged, unanswered }] of renamed) {
      if (!acknowledged) continue;
      // the acknowledged title exactly, unless a later rename of the same node, whose reply the
      // kill cut off, landed too: then exactly that one
      const row = db.prepare('SELECT title FROM node WHERE id = ?').get(id) as { title: string };
      expect([acknowledged, ...unanswered], `rename of ${id}`).toContain(row.title);
      if (row.title === acknowledged) exact++;
    }
    expect(exact).toBeGreaterThan(0);
    const counted = db.prepare('SELECT sum(measures) AS n FROM part_count').get() as { n: number };
    const real = db.prepare("SELECT count(*) AS n FROM node WHERE kind = 'measure'").get() as { n: number };
    expect(counted.n).toBe(real.n);
    db.close();
  });
});
