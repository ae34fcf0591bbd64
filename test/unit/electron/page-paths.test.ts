// The desktop page may not name places on disk by itself: through the real IPC wiring (fake
// electron), a path the page makes up is refused with a Chinese message and nothing is written;
// a place a native dialog issued, or the open plan's own folder, works; an existing file is
// replaced only after the drafter's yes in a native dialog, whatever the page's `overwrite` says.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../../core/api/contract.ts';
import { PATH_CHANNELS } from '../../../electron/path-guard.ts';
import { mainUnderTest, type MainUnderTest } from './launch-main.ts';

let t: MainUnderTest;
let plan: string;
let elsewhere: string;
beforeEach(() => {
  t = mainUnderTest();
  plan = t.makePlan(path.join(t.root, '计划', '工作稿.qicao'), '2024年大气污染防治行动计划');
  elsewhere = path.join(t.root, '别处');
  fs.mkdirSync(elsewhere);
  fs.writeFileSync(path.join(elsewhere, '重要.txt'), '别人的文件');
});
afterEach(() => t.cleanUp());

/** what the drafter sees in a folder (SQLite's -wal/-shm of the open plan left out) */
const listing = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((n) => !/-(wal|shm)$/.test(n))
    .sort();

describe('paths from the desktop page', () => {
  it('every contract channel whose input names a place on disk has a rule', () => {
    const named: string[] = [];
    for (const [channel, def] of Object.entries(contract)) {
      const shape = (def.input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
      for (const key of Object.keys(shape)) if (/path$|dir$|^parent$/i.test(key)) named.push(`${channel}:${key}`);
    }
    const ruled = Object.entries(PATH_CHANNELS).flatMap(([channel, fields]) => fields.map((f) => `${channel}:${f.field}`));
    expect(named.length).toBeGreaterThanOrEqual(17);
    expect(named.filter((n) => !ruled.includes(n))).toEqual([]);
  });

  it('refuses a path the page made up, in Chinese, and writes nothing there', async () => {
    const f = await t.launch([plan]);
    const attempts: [string, unknown][] = [
      ['plan.create', { path: path.join(elsewhere, '新.qicao') }],
      ['plan.create', { path: path.join(t.root, '计划', '.bashrc') }], // in the plan's folder, but not a plan file
      ['export.save', { what: 'plan', outDir: elsewhere, overwrite: true }],
      ['consult.exportAdoptionTable', { path: path.join(elsewhere, '表.docx'), overwrite: true }],
      ['import.commit', { name: 'a.txt', base64: Buffer.from('一、总体要求').toString('base64'), targetPath: path.join(elsewhere, '导入.qicao') }],
      ['file.saveCopy', { path: path.join(elsewhere, '副本.qicao') }],
      ['plan.open', { path: path.join(elsewhere, '重要.txt') }],
      ['backups.restore', { path: path.join(elsewhere, '重要.txt') }],
      ['drafts.saveComparison', { from: { kind: 'current' }, to: { kind: 'current' }, outDir: elsewhere }],
      ['consult.exportPackage', { roundId: 1, outDir: elsewhere }],
      ['export.package', { outDir: elsewhere, confirmed: true, overwrite: true }],
      ['review.checkFile', { path: path.join(elsewhere, '重要.txt') }],
    ];
    for (const [channel, input] of attempts) {
      const r = await f.invoke(channel, input);
      expect(r.ok, channel).toBe(false);
      expect(r.error?.code, channel).toBe('forbidden');
      expect(r.error?.message, channel).toMatch(/系统对话框中选择|须以 \.qicao 结尾/);
    }
    expect(listing(elsewhere)).toEqual(['重要.txt']);
    expect(listing(path.join(t.root, '计划'))).toEqual(['工作稿.qicao']);
  });

  it("takes a folder the dialog issued, and the plan's own folder", async () => {
    const chosen = path.join(t.root, '导出到这里');
    fs.mkdirSync(chosen);
    const f = await t.launch([plan], { openPaths: [chosen] });
    expect((await f.invoke('file.chooseFolder', { title: '选择保存位置' })).value).toEqual({ native: true, path: chosen });
    const r = await f.invoke('export.save', { what: 'plan', outDir: chosen });
    expect(r.ok).toBe(true);
    expect(path.dirname(r.value.path)).toBe(chosen);
    const beside = await f.invoke('export.save', { what: 'explanation', outDir: path.join(t.root, '计划') });
    expect(beside.ok).toBe(true);
    expect(await f.invoke('file.showInFolder', { path: r.value.path })).toEqual({ ok: true, value: { native: true } });
    // a sub-folder of the chosen one was not chosen
    fs.mkdirSync(path.join(chosen, '下级'));
    expect((await f.invoke('export.save', { what: 'plan', outDir: path.join(chosen, '下级') })).error?.code).toBe('forbidden');
  });

  it("replaces an existing file only after a yes in the native dialog, never on the page's word", async () => {
    const chosen = path.join(t.root, '导出');
    fs.mkdirSync(chosen);
    const f = await t.launch([plan], { openPaths: [chosen] });
    await f.invoke('file.chooseFolder', {});
    const first = await f.invoke('export.save', { what: 'plan', outDir: chosen });
    fs.writeFileSync(first.value.path, '起草人手工改过的文件');
    // the page claims the drafter agreed; the native dialog asks, and 取消 keeps the file
    const refused = await f.invoke('export.save', { what: 'plan', outDir: chosen, overwrite: true });
    expect(refused.error).toEqual({ code: 'cancelled', message: '已取消：已有的文件未被替换。' });
    expect(fs.readFileSync(first.value.path, 'utf8')).toBe('起草人手工改过的文件');
    const asked = f.calls.dialogs.filter((d) => d.kind === 'message');
    expect(asked.at(-1)?.options).toMatchObject({ title: '文件已存在', buttons: ['替换', '取消'] });

    const g = await t.launch([plan], { openPaths: [chosen], messageResponse: 0 });
    await g.invoke('file.chooseFolder', {});
    const replaced = await g.invoke('export.save', { what: 'plan', outDir: chosen });
    expect(replaced.ok).toBe(true);
    expect(fs.readFileSync(first.value.path).subarray(0, 2).toString()).toBe('PK'); // the new .docx
  });

  it('opens a plan chosen in the open dialog, or one from the recent list', async () => {
    const other = t.makePlan(path.join(elsewhere, '另一个.qicao'), '另一个计划');
    const f = await t.launch([plan], { openPaths: [other] });
    expect((await f.invoke('plan.open', { path: other })).error?.code).toBe('forbidden');
    await f.invoke('file.chooseOpen', {});
    expect((await f.invoke('plan.open', { path: other })).value.title).toBe('另一个计划');
    // the first plan is on the recent list main keeps
    expect((await f.invoke('plan.open', { path: plan })).ok).toBe(true);
  });
});
