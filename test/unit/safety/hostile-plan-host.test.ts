// Through the browser host: opening a mailed plan whose tables would run the sender's code when
// merely checked (an expensive generated column) is refused at once, and the host keeps
// answering the drafter's window meanwhile, with the plan it had open still open.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createSamplePlan } from '../../../seeds/sample.ts';
import { tempDir } from '../../helpers/plans.ts';
import { callServed, serveProcess, type ServedProcess } from '../../helpers/serve.ts';

let served: ServedProcess | undefined;
afterAll(() => served?.child.kill('SIGKILL'));

describe('a hostile plan opened through the HTTP host', () => {
  it('is refused within the budget, and another request is answered while and after it is refused', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const own = path.join(dir, '本区计划.qicao');
    const mailed = path.join(dir, '来件计划.qicao');
    createSamplePlan(own).close();
    createSamplePlan(mailed).close();
    // about 1,000 × 0.8 MB of work whenever the table is read; written into the schema afterwards
    const raw = new Database(mailed);
    raw.unsafeMode(true);
    raw.exec(`CREATE TABLE heavy (x INTEGER);
      WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 1000) INSERT INTO heavy (x) SELECT 200000 FROM c;
      PRAGMA writable_schema = ON;
      UPDATE sqlite_schema SET sql = 'CREATE TABLE heavy (x INTEGER, y INTEGER AS (length(replace(hex(zeroblob(x)), ''0'', ''ab''))) VIRTUAL)' WHERE name = 'heavy';
      PRAGMA writable_schema = OFF;`);
    raw.close();

    served = await serveProcess(own);
    const started = performance.now();
    const opening = callServed(served, 'plan.open', { path: mailed }).then((r) => ({ r, ms: performance.now() - started }));
    await new Promise((r) => setTimeout(r, 50));
    const asked = performance.now();
    const counts = await callServed(served, 'plan.counts', {});
    const answeredIn = performance.now() - asked;
    const refused = await opening;

    expect(refused.r.ok).toBe(false);
    expect(refused.r.error.message).toMatch(/表“heavy”含有计算列.*已拒绝打开，文件未作任何修改/);
    expect(refused.ms).toBeLessThan(2000);
    expect(counts.ok).toBe(true);
    expect(answeredIn).toBeLessThan(2000);
    expect(counts.value.totals.measures).toBe(205);

    const current = await callServed(served, 'plan.current', {});
    expect(current.ok).toBe(true);
    expect(current.value.path).toBe(own);
  });
});
