// `qicao export` killed at random moments: the target is either absent (or the previous
// export) or a whole Word file; a killed writer's temp file is cleared by the next export.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { qicao, qicaoKilledAfter } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/plans.ts';

function wholeDocx(file: string): boolean {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import docx,sys; docx.Document(sys.argv[1])', file], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('qicao export under SIGKILL', () => {
  it('never leaves a half Word file under the target name', { timeout: 240_000 }, async () => {
    const dir = tempDir();
    const plan = path.join(dir, 'p.qicao');
    expect(qicao(['new', plan, '--sample']).status).toBe(0);
    const out = path.join(dir, 'out.docx');
    const t0 = Date.now();
    expect(qicao(['export', plan, '--what', 'assignment', '--out', out]).status).toBe(0);
    const full = Date.now() - t0;
    fs.rmSync(out);
    let killed = 0;
    for (let i = 0; i < 12; i++) {
      const r = await qicaoKilledAfter(['export', plan, '--what', 'assignment', '--out', out], Math.floor(full * (0.5 + Math.random() * 0.6)));
      if (r.killed) killed++;
      if (fs.existsSync(out)) expect(wholeDocx(out)).toBe(true);
    }
    expect(killed).toBeGreaterThan(2);
    expect(qicao(['export', plan, '--what', 'assignment', '--out', out]).status).toBe(0);
    expect(wholeDocx(out)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
