// Files: a new plan is named after its file; recently opened files are remembered; a copy is
// a whole, consistent plan written under a temporary name first.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch.ts';
import { Session } from '../../../core/api/session.ts';
import { countsReport } from '../../../core/counts/report.ts';
import { addNode } from '../../../core/store/nodes.ts';
import { openPlanFile } from '../../../core/store/open.ts';
import { tempDir } from '../../helpers/plans.ts';

const sessions: Session[] = [];
function session(): { s: Session; dir: string } {
  const dir = tempDir();
  const s = new Session(path.join(dir, 'data'));
  sessions.push(s);
  return { s, dir };
}
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

describe('files', () => {
  it('a new empty plan takes its title and year from the file name', () => {
    const { s, dir } = session();
    const view = s.create(path.join(dir, '2025年怀柔区行动计划.qicao'), false);
    expect(view).toMatchObject({ title: '2025年怀柔区行动计划', year: 2025, isSample: false });
  });

  it('remembers recently opened plans, newest first, and says when one has gone', () => {
    const { s, dir } = session();
    const a = path.join(dir, '甲.qicao');
    const b = path.join(dir, '乙.qicao');
    s.create(a, false);
    s.create(b, true);
    s.open(a);
    expect(s.recent().map((r) => [path.basename(r.path), r.exists])).toEqual([
      ['甲.qicao', true],
      ['乙.qicao', true],
    ]);
    expect(s.recent()[1].title).toContain('示例');
    s.close();
    fs.rmSync(b);
    expect(s.recent()[1].exists).toBe(false);
    s.forgetRecent(b);
    expect(s.recent().map((r) => path.basename(r.path))).toEqual(['甲.qicao']);
    // the list outlives the session
    expect(new Session(path.join(dir, 'data')).recent()).toHaveLength(1);
  });

  it('saves a copy that opens on its own with the same content; the original stays open', async () => {
    const { s, dir } = session();
    s.create(path.join(dir, '原件.qicao'), true);
    const task = (s.plan.prepare("SELECT id FROM node WHERE kind = 'keyTask' LIMIT 1").get() as { id: number }).id;
    addNode(s.plan, { parentId: task, kind: 'measure', title: '复制前新增的措施。' });
    const reply = await dispatch(s, 'file.saveCopy', { path: path.join(dir, '副本') });
    expect(reply).toEqual({ ok: true, value: { path: path.join(dir, '副本.qicao') } });
    const copy = openPlanFile(path.join(dir, '副本.qicao'));
    expect(countsReport(copy).totals.measures).toBe(206);
    copy.close();
    expect(s.view()?.path).toBe(path.join(dir, '原件.qicao'));
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to overwrite a file or the open plan itself, in Chinese, leaving both as they were', async () => {
    const { s, dir } = session();
    const file = path.join(dir, '计划.qicao');
    s.create(file, false);
    fs.writeFileSync(path.join(dir, '已有.qicao'), 'x');
    expect(await dispatch(s, 'file.saveCopy', { path: path.join(dir, '已有.qicao') })).toMatchObject({ ok: false, error: { message: expect.stringContaining('已存在') } });
    expect(fs.readFileSync(path.join(dir, '已有.qicao'), 'utf8')).toBe('x');
    expect(await dispatch(s, 'file.saveCopy', { path: file })).toMatchObject({ ok: false, error: { message: expect.stringContaining('不能保存为正在编辑的文件') } });
    expect(await dispatch(s, 'file.saveCopy', { path: path.join(dir, '没有这个文件夹', 'a.qicao') })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('不存在') },
    });
  });

  it('without a desktop host the file dialogs answer "ask in the page"', async () => {
    const { s } = session();
    expect(await dispatch(s, 'file.chooseOpen', {})).toEqual({ ok: true, value: { native: false, path: null } });
    expect(await dispatch(s, 'file.chooseSave', { purpose: 'copy', suggestedName: '副本.qicao' })).toEqual({ ok: true, value: { native: false, path: null } });
  });
});
