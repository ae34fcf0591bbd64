// The Electron main process against a fake `electron` module (the binary cannot run here): which
// SQLite binding it opens plans with, which plan it opens, the single running instance, the menu,
// the remembered window, and the save dialog's proposed name.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Session } from '../../../core/api/session.ts';
import { tempDir } from '../../helpers/plans.ts';
import { createFakeElectron, type FakeElectron, type FakeOptions } from './fake-electron.ts';

const require = createRequire(import.meta.url);
const NODE_BINDING = path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build/Release/better_sqlite3.node');
const ABI = process.versions.modules;

let root: string;
let appPath: string;
let userData: string;
let documents: string;
let fake: FakeElectron | null = null;
const savedArgv = process.argv;

/** A plan file made by core, as the drafter would have it on disk. */
function makePlan(name: string, title: string): string {
  const file = path.join(root, name);
  const s = new Session(tempDir('qicao-maker-'));
  s.create(file, false);
  s.plan.prepare('UPDATE plan SET title = ?').run(title);
  s.close();
  return file;
}

/** Starts electron/main.ts afresh with this command line. */
async function launch(argv: string[] = [], options: Partial<FakeOptions> = {}, beforeReady?: (f: FakeElectron) => void) {
  vi.resetModules();
  fake = createFakeElectron({ appPath, userData, documents, ...options });
  vi.doMock('electron', () => fake!.module);
  process.argv = ['/opt/electron/electron', appPath, ...argv];
  await import('../../../electron/main.ts');
  beforeReady?.(fake);
  await fake.ready();
  return fake;
}

/** The electron binding as prepare:electron leaves it. In these tests Node runs main, so a copy of Node's build stands in. */
function prepareBinding(): string {
  const file = path.join(appPath, 'build/native', `electron-${ABI}`, 'better_sqlite3.node');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.copyFileSync(NODE_BINDING, file);
  return file;
}

const current = async (f: FakeElectron) => (await f.invoke('plan.current')).value as { path: string; title: string } | null;

beforeEach(() => {
  root = tempDir('qicao-main-');
  appPath = path.join(root, 'app');
  userData = path.join(root, 'userData');
  documents = path.join(root, 'documents');
  fs.mkdirSync(documents, { recursive: true });
});

afterEach(() => {
  fake?.module.app.emit('window-all-closed'); // closes the plan, releasing its lock
  fake = null;
  process.argv = savedArgv;
  vi.doUnmock('electron');
});

describe('the SQLite binding of the Electron main', () => {
  it('opens plans with the Electron build in build/native, not the Node build npm installed', async () => {
    const electronBinding = prepareBinding();
    const plan = makePlan('区级计划.qicao', '2024年大气污染防治行动计划');
    const f = await launch([plan]);
    const { sqliteBindingOption } = await import('../../../core/store/native-binding.ts');
    expect(sqliteBindingOption()).toEqual({ nativeBinding: electronBinding });
    expect((await current(f))?.path).toBe(plan);
    // the plan was really opened through that file
    expect(Object.keys(require.cache)).toContain(electronBinding);
  });

  it('says what to run, and stops, when the Electron build is missing', async () => {
    const f = await launch();
    expect(f.calls.quit).toBe(1);
    expect(f.windows).toHaveLength(0);
    const shown = JSON.stringify(f.calls.dialogs);
    expect(shown).toContain('npm run prepare:electron');
    expect(shown).toContain(`electron-${ABI}`);
  });

  it('looks for it under resources/native when packaged', async () => {
    const { electronBindingPath } = await import('../../../electron/native-binding.ts');
    expect(electronBindingPath({ packaged: true, appPath: '/x/app.asar', resourcesPath: '/x', abi: '145' })).toBe(path.join('/x', 'native', 'electron-145', 'better_sqlite3.node'));
    expect(electronBindingPath({ packaged: false, appPath: '/repo', resourcesPath: '', abi: '145' })).toBe(
      path.join('/repo', 'build', 'native', 'electron-145', 'better_sqlite3.node'),
    );
  });
});

describe('what the window opens', () => {
  beforeEach(() => void prepareBinding());

  it('opens the .qicao named on the command line (a double-click in the file manager) and tells the OS', async () => {
    const plan = makePlan('双击打开.qicao', '双击打开的计划');
    const f = await launch(['--no-sandbox', path.relative(process.cwd(), plan)]);
    expect((await current(f))?.title).toBe('双击打开的计划');
    expect(f.calls.recentDocuments).toEqual([plan]);
  });

  it('opens the plan of last time when none is asked for, and never the sample on its own', async () => {
    const plan = makePlan('上次.qicao', '上次编辑的计划');
    const first = await launch([plan]);
    first.module.app.emit('window-all-closed');
    const f = await launch();
    expect((await current(f))?.path).toBe(plan);
    f.module.app.emit('window-all-closed');
    fs.rmSync(plan);
    const third = await launch();
    expect(await current(third)).toBeNull(); // the welcome page
    expect(fs.existsSync(path.join(userData, '示例行动计划.qicao'))).toBe(false);
  });

  it('opens a file macOS hands over with open-file, before and after start-up', async () => {
    const early = makePlan('早.qicao', '启动时打开');
    const later = makePlan('晚.qicao', '运行中打开');
    const f = await launch([], {}, (f) => {
      const e = { preventDefault: vi.fn() };
      f.module.app.emit('open-file', e, early);
      expect(e.preventDefault).toHaveBeenCalled();
    });
    expect((await current(f))?.title).toBe('启动时打开');
    f.module.app.emit('open-file', { preventDefault() {} }, later);
    await vi.waitFor(async () => expect((await current(f))?.title).toBe('运行中打开'));
    // the page lets go of the old plan (a blank page) before the switch, then starts over on the new one
    await vi.waitFor(() => expect(f.windows[0].webContents.loads).toEqual(['app://qicao/index.html', 'about:blank', 'app://qicao/index.html']));
  });

  it('a second launch hands its file to the running window, which comes to the front', async () => {
    const a = makePlan('甲.qicao', '甲计划');
    const b = makePlan('乙.qicao', '乙计划');
    const f = await launch([a]);
    const win = f.windows[0];
    win.minimized = true;
    f.module.app.emit('second-instance', {}, ['/opt/electron/electron', appPath, '乙.qicao'], root);
    await vi.waitFor(async () => expect((await current(f))?.path).toBe(b));
    expect(win.minimized).toBe(false);
    expect(win.focused).toBeGreaterThan(0);
    expect(f.calls.recentDocuments).toEqual([a, b]);
  });

  it('a save the page still sends while another plan is being opened lands in the plan it was meant for', async () => {
    const a = makePlan('甲.qicao', '甲计划');
    const b = makePlan('乙.qicao', '乙计划');
    const f = await launch([a]);
    f.module.app.emit('open-file', { preventDefault() {} }, b);
    // the old page's last call, sent before it is gone
    expect((await f.invoke('plan.update', { title: '甲计划（改）' })).ok).toBe(true);
    await vi.waitFor(async () => expect((await current(f))?.path).toBe(b));
    expect((await current(f))?.title).toBe('乙计划');
    f.module.app.emit('window-all-closed');
    const s = new Session(tempDir('qicao-check-'));
    expect(s.open(a).title).toBe('甲计划（改）');
    s.close();
  });

  it('the second launch itself quits without a window', async () => {
    const f = await launch([], { lock: false });
    expect(f.calls.quit).toBe(1);
    expect(f.windows).toHaveLength(0);
  });

  it('explains a file it cannot open and keeps the plan that was open', async () => {
    const a = makePlan('甲.qicao', '甲计划');
    const notPlan = path.join(root, '不是计划.qicao');
    fs.writeFileSync(notPlan, '这不是数据库');
    const f = await launch([a]);
    f.module.app.emit('open-file', { preventDefault() {} }, notPlan);
    await vi.waitFor(() => expect(f.calls.dialogs.some((d) => d.kind === 'message')).toBe(true));
    expect((await current(f))?.path).toBe(a);
    const message = f.calls.dialogs.find((d) => d.kind === 'message');
    expect(message?.options.title).toBe('无法打开“不是计划.qicao”');
    expect(String(message?.options.detail)).toContain('不是起草助手的计划文件');
  });

  it('adds plans the page opens to the recent documents', async () => {
    const file = path.join(root, '新建.qicao');
    const f = await launch([], { savePath: file });
    expect((await f.invoke('file.chooseSave', { purpose: 'create', suggestedName: '新建.qicao' })).value).toEqual({ native: true, path: file });
    expect((await f.invoke('plan.create', { path: file })).ok).toBe(true);
    expect(f.calls.recentDocuments).toEqual([file]);
  });
});

describe('the desktop conventions', () => {
  beforeEach(() => void prepareBinding());

  type Item = { label?: string; accelerator?: string; role?: string; registerAccelerator?: boolean; click?: () => void; submenu?: Item[] };
  const menuOf = (f: FakeElectron) => f.calls.menus[f.calls.menus.length - 1] as Item[];
  const item = (menu: Item[], top: string, label: string) => menu.find((m) => m.label === top)!.submenu!.find((i) => i.label === label);

  it('has a Chinese menu with the usual keys; undo and find go to the page', async () => {
    const f = await launch();
    const menu = menuOf(f);
    expect(menu.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(item(menu, '文件', '新建计划…')?.accelerator).toBe('CmdOrCtrl+N');
    expect(item(menu, '文件', '打开…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(item(menu, '文件', '另存副本…')?.accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(item(menu, '编辑', '查找…')?.accelerator).toBe('CmdOrCtrl+F');
    expect(item(menu, '帮助', '关于起草助手')).toBeDefined();
    const undo = item(menu, '编辑', '撤销')!;
    expect(undo.accelerator).toBe('CmdOrCtrl+Z');
    expect(undo.registerAccelerator).toBe(false);
    undo.click!();
    item(menu, '编辑', '重做')!.click!();
    const keys = f.windows[0].webContents.inputEvents.filter((e) => e.type === 'keyDown');
    const ctrl = process.platform === 'darwin' ? 'meta' : 'control';
    expect(keys).toEqual([
      { type: 'keyDown', keyCode: 'Z', modifiers: [ctrl] },
      { type: 'keyDown', keyCode: 'Z', modifiers: [ctrl, 'shift'] },
    ]);
    expect(item(menu, '视图', '重新载入')?.role).toBe('reload'); // development build
    expect(JSON.stringify(menu)).not.toMatch(/"label":"(File|Edit|View|Help|Undo)"/);
  });

  it('offers 重新载入 only in development', async () => {
    const { menuTemplate } = await import('../../../electron/app-menu.ts');
    const noop = () => undefined;
    const packaged = menuTemplate(
      { newPlan: noop, openPlan: noop, openRecent: noop, openSample: noop, saveCopy: noop, sendKey: noop, about: noop },
      { dev: false, mac: false, appName: '起草助手', recent: [] },
    ) as Item[];
    expect(packaged.find((m) => m.label === '视图')!.submenu!.map((i) => i.label)).not.toContain('重新载入');
  });

  it('lists recent plans in the 文件 menu and opens one from there', async () => {
    const a = makePlan('甲.qicao', '甲计划');
    const b = makePlan('乙.qicao', '乙计划');
    const f = await launch([a]);
    f.module.app.emit('open-file', { preventDefault() {} }, b);
    await vi.waitFor(async () => expect((await current(f))?.path).toBe(b));
    const recent = item(menuOf(f), '文件', '打开最近的文件')!.submenu!;
    expect(recent.map((r) => r.label)).toEqual([`乙计划  —  ${b}`, `甲计划  —  ${a}`]);
    recent[1].click!();
    await vi.waitFor(async () => expect((await current(f))?.path).toBe(a));
  });

  it('remembers the window size and place, and ignores a place on a display that is gone', async () => {
    const wide = [
      { x: 0, y: 0, width: 1920, height: 1040 },
      { x: 1920, y: 0, width: 2560, height: 1400 },
    ];
    const f = await launch([], { displays: wide });
    const win = f.windows[0];
    Object.assign(win.options, { x: 2100, y: 120, width: 1500, height: 900 });
    win.emit('close');
    f.module.app.emit('window-all-closed');

    const again = await launch([], { displays: wide });
    expect(again.windows[0].options).toMatchObject({ x: 2100, y: 120, width: 1500, height: 900 });
    again.module.app.emit('window-all-closed');

    // the second screen is unplugged: the same size, centred on the one that is left
    const laptop = await launch([], { displays: [{ x: 0, y: 0, width: 1366, height: 728 }] });
    const opts = laptop.windows[0].options;
    expect(opts.x).toBeUndefined();
    expect(opts.y).toBeUndefined();
    expect(opts.width).toBeLessThanOrEqual(1366);
    expect(opts.height).toBeLessThanOrEqual(728);
  });

  it('proposes the plan title as the name of a copy, in the plan folder', async () => {
    const plan = makePlan('工作稿.qicao', '2024年大气污染防治行动计划');
    const f = await launch([plan]);
    const r = await f.invoke('file.chooseSave', { purpose: 'copy', suggestedName: '行动计划（副本）.qicao' });
    expect(r.ok).toBe(true);
    const save = f.calls.dialogs.find((d) => d.kind === 'save')!;
    expect(save.options.defaultPath).toBe(path.join(root, '2024年大气污染防治行动计划（副本）.qicao'));
  });

  it('另存副本 from the menu writes the copy and offers 在文件夹中显示', async () => {
    const plan = makePlan('工作稿.qicao', '计划');
    const target = path.join(root, '副本.qicao');
    const f = await launch([plan], { savePath: target });
    item(menuOf(f), '文件', '另存副本…')!.click!();
    await vi.waitFor(() => expect(fs.existsSync(target)).toBe(true));
    await vi.waitFor(() => expect(f.calls.dialogs.some((d) => d.kind === 'message' && JSON.stringify(d.options.buttons).includes('在文件夹中显示'))).toBe(true));
  });

  it('在文件夹中显示 goes to the file manager through its named channel', async () => {
    const plan = makePlan('工作稿.qicao', '计划');
    const f = await launch([plan]);
    const r = await f.invoke('file.showInFolder', { path: plan });
    expect(r).toEqual({ ok: true, value: { native: true } });
    expect(f.calls.shown).toEqual([plan]);
  });
});
