// A folder someone else prepared: links planted at the names the app writes (the temp names it
// used to use, the target names) never redirect a write, and an existing file is never replaced
// without the explicit overwrite flag. A round's package is all or nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch.ts';
import { Session } from '../../../core/api/session.ts';
import { listRounds } from '../../../core/consult/rounds.ts';
import { DRAFT_FILE_NAME, sendNewRound } from '../../../core/consult/send-round.ts';
import { writeFileAtomic } from '../../../core/fs/atomic-write.ts';
import { createPlanFile } from '../../../core/store/open.ts';
import { listSnapshots } from '../../../core/store/snapshots.ts';
import { createSamplePlan } from '../../../seeds/sample.ts';
import { tempDir } from '../../helpers/plans.ts';
import { folderState } from './folder-state.ts';

/** An unrelated file of the drafter's, and a folder to write into with links planted towards it. */
function setUp() {
  const home = tempDir();
  const victim = path.join(home, '别的计划.qicao');
  fs.writeFileSync(victim, '别人的重要文件');
  const out = path.join(home, '输出');
  fs.mkdirSync(out);
  return { home, victim, out };
}

/** Links at the temp names the app used to use (`.<name>.<pid>.tmp`) and at the target itself. */
function plant(out: string, name: string, victim: string, atTarget: boolean): void {
  fs.symlinkSync(victim, path.join(out, `.${name}.${process.pid}.tmp`));
  if (atTarget) fs.symlinkSync(victim, path.join(out, name));
}

describe('writes never follow planted links', () => {
  it('an atomic write refuses a link at the target, and with overwrite replaces the link, not its target', () => {
    const { home, victim, out } = setUp();
    plant(out, '导出.docx', victim, true);
    const before = folderState(home);
    expect(() => writeFileAtomic(path.join(out, '导出.docx'), 'new')).toThrow(/^文件已存在：“导出.docx”/);
    expect(folderState(home)).toEqual(before);
    writeFileAtomic(path.join(out, '导出.docx'), 'new', { overwrite: true });
    expect(fs.readFileSync(victim, 'utf8')).toBe('别人的重要文件');
    expect(fs.lstatSync(path.join(out, '导出.docx')).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(path.join(out, '导出.docx'), 'utf8')).toBe('new');
  });

  it('an existing export is not replaced without the overwrite flag', () => {
    const { out } = setUp();
    const target = path.join(out, '表.docx');
    fs.writeFileSync(target, '单位填好的表');
    expect(() => writeFileAtomic(target, 'x')).toThrow('文件已存在');
    expect(fs.readFileSync(target, 'utf8')).toBe('单位填好的表');
    expect(fs.readdirSync(out)).toEqual(['表.docx']); // no temp left
  });

  it('save-a-copy and new plan never write through a link at the target or at the old temp name', async () => {
    const { home, victim, out } = setUp();
    const session = new Session(path.join(tempDir(), 'data'));
    session.create(path.join(home, '正在编辑.qicao'), false);
    plant(out, '副本.qicao', victim, true);
    plant(out, '新计划.qicao', victim, true);
    const before = folderState(out);
    await expect(session.saveCopy(path.join(out, '副本.qicao'))).rejects.toThrow('文件已存在');
    expect(() => createPlanFile(path.join(out, '新计划.qicao'))).toThrow('文件已存在');
    expect(folderState(out)).toEqual(before);
    // only the old temp name is planted: the copy is made all the same, and the victim is untouched
    plant(out, '副本二.qicao', victim, false);
    await session.saveCopy(path.join(out, '副本二.qicao'));
    createPlanFile(path.join(out, '新计划二.qicao')).close();
    expect(fs.readFileSync(victim, 'utf8')).toBe('别人的重要文件');
    expect(fs.readFileSync(path.join(out, '副本二.qicao')).subarray(0, 15).toString()).toBe('SQLite format 3');
    session.close();
  });

  it('the export channel answers 文件已存在 and replaces only with overwrite: true', async () => {
    const { out } = setUp();
    const session = new Session(path.join(tempDir(), 'data'));
    session.create(path.join(tempDir(), '计划.qicao'), true);
    const first = await dispatch(session, 'export.save', { what: 'plan', outDir: out });
    expect(first.ok).toBe(true);
    const again = await dispatch(session, 'export.save', { what: 'plan', outDir: out });
    expect(again).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^文件已存在/) } });
    expect(await dispatch(session, 'export.save', { what: 'plan', outDir: out, overwrite: true })).toMatchObject({ ok: true });
    session.close();
  });
});

describe('a round is all or nothing', () => {
  const round = { name: '第一轮', units: ['区交通局', '区水务局'] };

  for (const [what, occupy] of [
    ['a file of the drafter’s', (f: string) => fs.writeFileSync(f, '单位已填好的反馈表')],
    ['a planted link', (f: string, victim: string) => fs.symlinkSync(victim, f)],
    ['a folder', (f: string) => fs.mkdirSync(f)],
  ] as const) {
    it(`with one target name taken by ${what}: nothing recorded, no file written, no temp left`, async () => {
      const { home, victim, out } = setUp();
      const db = createSamplePlan(path.join(home, '计划.qicao'));
      occupy(path.join(out, '意见反馈表-区水务局.xlsx'), victim);
      plant(out, DRAFT_FILE_NAME, victim, false);
      const before = folderState(home);
      const changes = db.prepare('SELECT total_changes() AS n').get();
      await expect(sendNewRound(db, round, out)).rejects.toThrow(/^文件已存在：“意见反馈表-区水务局.xlsx”/);
      expect(listRounds(db)).toEqual([]);
      expect(listSnapshots(db)).toEqual([]);
      expect(db.prepare('SELECT total_changes() AS n').get()).toEqual(changes);
      expect(folderState(home)).toEqual(before);
      db.close();
    });
  }

  it('a name taken while the files are being placed takes back the ones already placed', async () => {
    const { home, out } = setUp();
    const db = createSamplePlan(path.join(home, '计划.qicao'));
    const before = folderState(out);
    // a file appears under the last name after the check, as if another program saved it there
    const original = fs.linkSync;
    let placed = 0;
    fs.linkSync = ((a: fs.PathLike, b: fs.PathLike) => {
      if (++placed === 5) fs.writeFileSync(b, '抢先写入');
      return original(a, b);
    }) as typeof fs.linkSync;
    try {
      await expect(sendNewRound(db, round, out)).rejects.toThrow('文件已存在');
    } finally {
      fs.linkSync = original;
    }
    expect(listRounds(db)).toEqual([]);
    const after = folderState(out);
    expect(Object.keys(after).sort()).toEqual([...Object.keys(before), '意见反馈表-区水务局.xlsx'].sort());
    expect(fs.readFileSync(path.join(out, '意见反馈表-区水务局.xlsx'), 'utf8')).toBe('抢先写入');
    // and with the folder free the same round goes through whole
    fs.rmSync(path.join(out, '意见反馈表-区水务局.xlsx'));
    const sent = await sendNewRound(db, round, out);
    expect(sent.files).toHaveLength(5);
    expect(fs.readdirSync(out).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    db.close();
  });
});
