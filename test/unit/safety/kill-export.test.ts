// `qicao export` killed with SIGKILL exactly at its commit — the move of the fully written temp
// file onto the target (core/fs/atomic-write.ts), through the test-only pause point. Just before
// it, nothing is under the target name; just after it, the target is the whole new Word file.
// Never a half file under the target name, and a killed writer's temp file is cleared by the
// next export.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { qicao, qicaoKilledAt } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/plans.ts';

/** python-docx, a reader we did not write, opens the file and finds the table of tasks. */
function wholeDocx(file: string): boolean {
  try {
    const tables = execFileSync('/usr/bin/python3', ['-c', 'import docx,sys; print(len(docx.Document(sys.argv[1]).tables))', file], { encoding: 'utf8' });
    return Number(tables) > 0;
  } catch {
    return false;
  }
}

const temps = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));

let dir: string;
let plan: string;
const exportTo = (out: string) => ['export', plan, '--what', 'assignment', '--out', out];

beforeAll(() => {
  dir = tempDir();
  plan = path.join(dir, 'p.qicao');
  expect(qicao(['new', plan, '--sample']).status).toBe(0);
});

describe('qicao export under SIGKILL at the commit', { timeout: 120_000 }, () => {
  it('killed just before the move: no file under the target name; the next export clears the temp file', async () => {
    const out = path.join(dir, '任务分工表.docx');
    const r = await qicaoKilledAt('before-commit', exportTo(out));
    expect(r.paused).toBe(true);
    expect(r.killed).toBe(true);
    expect(r.stdout).toBe('');
    expect(fs.existsSync(out)).toBe(false);
    expect(temps(dir)).toHaveLength(1); // the killed writer's, fully written but never renamed

    expect(qicao(exportTo(out)).status).toBe(0);
    expect(wholeDocx(out)).toBe(true);
    expect(temps(dir)).toEqual([]);
  });

  it('killed just after the move: the target is the whole new Word file, and no temp file is left', async () => {
    const out = path.join(dir, '提交后.docx');
    const r = await qicaoKilledAt('after-commit', exportTo(out));
    expect(r.paused).toBe(true);
    expect(r.killed).toBe(true);
    expect(r.stdout).toBe(''); // killed before it could say where the file went
    expect(wholeDocx(out)).toBe(true);
    expect(temps(dir).filter((t) => t.includes('提交后'))).toEqual([]);
  });
});
