// import.preview and import.commit through dispatch, as the 导入 window calls them: the preview
// writes nothing and says how each paragraph was read; the drafter's level mapping changes the
// counts; commit writes the plan with the same choices, in the level scheme they give.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview, ImportView } from '../../../core/api/contract.ts';
import { dispatch } from '../../../core/api/dispatch.ts';
import { Session } from '../../../core/api/session.ts';
import { countsReport } from '../../../core/counts/report.ts';
import { readLevelScheme } from '../../../core/store/level-scheme.ts';
import { openPlanFile } from '../../../core/store/open.ts';
import { tempDir } from '../../helpers/plans.ts';

let dir: string;
let s: Session;
beforeEach(() => {
  dir = tempDir();
  s = new Session(path.join(dir, 'data'));
});
afterEach(() => {
  s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function call<T>(channel: string, input: unknown): Promise<T> {
  const reply = await dispatch(s, channel, input);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as T;
}
const upload = () => ({ name: '潮州方案.txt', base64: fs.readFileSync(path.resolve('test/fixtures/import/chaozhou-verb-style.txt')).toString('base64') });

describe('import.preview', () => {
  it('reads without writing: every paragraph with what it became, the scheme, notes and leftovers', async () => {
    const before = fs.readdirSync(dir);
    const p = await call<ImportPreview>('import.preview', upload());
    expect(fs.readdirSync(dir)).toEqual(before);
    expect(p).toMatchObject({ kind: 'plan', title: '潮州市2024年大气污染防治工作方案', aspects: false, levelsPresent: ['L1', 'L2', 'L3'] });
    expect(p.mapping).toEqual({ L1: 'part', L2: 'keyTask', L3: 'measure', L4: 'text' });
    expect(p.totals).toEqual({ parts: 1, sections: 2, aspects: 0, keyTasks: 3, measures: 7, units: 11 });
    expect(p.rows.filter((r) => r.as === 'measure')).toHaveLength(7);
    expect(p.rows.find((r) => r.text.startsWith('抄送'))).toMatchObject({ as: 'skipped', skipped: '版记（抄送）' });
    // the preamble is kept as the plan's own (issue 22), so nothing is left over
    expect(p.leftovers).toEqual([]);
    expect(p.rows.find((r) => r.as === 'preamble')?.text).toBe('为深入打好蓝天保卫战，持续改善全市环境空气质量，制定本方案。');
  });

  it('follows the drafter: （一） as 方面 and 1. as 重点任务 make a four-level reading', async () => {
    const p = await call<ImportPreview>('import.preview', { ...upload(), overrides: { levels: { L2: 'aspect', L3: 'keyTask' } } });
    expect(p.aspects).toBe(true);
    expect(p.totals).toMatchObject({ parts: 1, aspects: 3, keyTasks: 7, measures: 7 });
  });

  it('refuses an unknown level role or column meaning', async () => {
    const reply = await dispatch(s, 'import.preview', { ...upload(), overrides: { levels: { L1: 'chapter' } } });
    expect(reply.ok).toBe(false);
  });
});

describe('import.commit', () => {
  it('writes the plan as previewed: a three-level plan with its text sections', async () => {
    const target = path.join(dir, '潮州.qicao');
    const view = await call<ImportView>('import.commit', { ...upload(), targetPath: target });
    expect(view.counts.totals).toMatchObject({ keyTasks: 3, measures: 7 });
    expect(view.notes.join('')).toContain('三级');
    const db = openPlanFile(target);
    try {
      expect(readLevelScheme(db).aspects).toBe(false);
      expect(countsReport(db).totals).toMatchObject({ keyTasks: 3, measures: 7 });
    } finally {
      db.close();
    }
  });

  it('writes the drafter’s four-level mapping', async () => {
    const target = path.join(dir, '潮州四级.qicao');
    const view = await call<ImportView>('import.commit', { ...upload(), targetPath: target, overrides: { levels: { L2: 'aspect', L3: 'keyTask' } } });
    expect(view.counts.totals).toMatchObject({ aspects: 3, keyTasks: 7, measures: 7 });
  });
});
