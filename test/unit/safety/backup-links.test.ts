// Backups are written in a folder someone else may have prepared: a link planted at the name a
// backup would use (its temp name, or its final name) is never written through.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupPlan, backupPlanSync, listBackups } from '../../../core/store/backups.ts';
import { createSamplePlan } from '../../../seeds/sample.ts';
import { tempDir } from '../../helpers/plans.ts';

// the clock is fixed, so the name a backup takes is known to the attacker (and to the test)
const AT = new Date(2024, 2, 1, 14, 5, 9, 123);
const NAME = (reason: string) => `20240301-140509-123-${reason}.qicao`;

afterEach(() => vi.useRealTimers());

function setUp() {
  const dir = tempDir();
  const plan = createSamplePlan(path.join(dir, '计划.qicao'));
  const backups = path.join(dir, 'backups');
  fs.mkdirSync(backups);
  const victim = path.join(dir, 'victim.txt');
  fs.writeFileSync(victim, '别人的文件');
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(AT);
  return { plan, backups, victim };
}

describe('backups and planted links', () => {
  it('a link planted at the temp name of a backup is not written through', async () => {
    const { plan, backups, victim } = setUp();
    fs.symlinkSync(victim, path.join(backups, `${NAME('manual')}.partial`));
    const made = await backupPlan(plan, backups, 'manual');
    plan.close();
    expect(fs.readFileSync(victim, 'utf8')).toBe('别人的文件');
    expect(fs.lstatSync(made).isFile()).toBe(true);
    expect(listBackups(backups).map((b) => b.path)).toEqual([made]);
  });

  it('a dangling link planted at the name of the migration backup creates nothing where it points', () => {
    const { plan, backups } = setUp();
    const elsewhere = path.join(path.dirname(backups), 'created-by-link.qicao');
    fs.symlinkSync(elsewhere, path.join(backups, NAME('migration')));
    const made = backupPlanSync(plan, backups, 'migration');
    plan.close();
    expect(fs.existsSync(elsewhere)).toBe(false);
    expect(made).not.toBe(path.join(backups, NAME('migration')));
    expect(fs.lstatSync(made).isFile()).toBe(true);
    expect(fs.readdirSync(backups).filter((n) => n.endsWith('.tmp'))).toEqual([]); // no temp file left
  });

  it('a dangling link planted at the name of a periodic backup creates nothing where it points', async () => {
    const { plan, backups } = setUp();
    const elsewhere = path.join(path.dirname(backups), 'created-by-link.qicao');
    fs.symlinkSync(elsewhere, path.join(backups, NAME('periodic')));
    const made = await backupPlan(plan, backups, 'periodic');
    plan.close();
    expect(fs.existsSync(elsewhere)).toBe(false);
    expect(fs.lstatSync(made).isFile()).toBe(true);
  });
});
