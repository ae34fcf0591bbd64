// Typing the page still holds is written before the desktop window closes or opens another
// plan: main asks the page (through the preload) and waits for its answer; when the page could
// not save, the drafter is asked, and the safe answer keeps the window and the plan as they are.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mainUnderTest, type MainUnderTest } from './launch-main.ts';
import type { FakeElectron } from './fake-electron.ts';

let t: MainUnderTest;
beforeEach(() => void (t = mainUnderTest()));
afterEach(() => t.cleanUp());

/** The page's side: on the flush request it saves a field (through the real IPC) and answers. */
function pageWithTyping(f: FakeElectron, typed: string, saved: boolean) {
  const win = f.windows[0];
  const order: string[] = [];
  win.webContents.onSend = (channel, id) => {
    if (channel !== 'qicao:flush') return;
    order.push('flush asked');
    void f.invoke('plan.update', { title: typed }).then(() => {
      order.push('typing saved');
      f.ipcMain.emit('qicao:flushed', { sender: win.webContents }, id, saved);
    });
  };
  return order;
}

const current = async (f: FakeElectron) => (await f.invoke('plan.current')).value as { path: string; title: string } | null;

describe('the window lets the page write its typing first', () => {
  it('closing: the flush lands before the window goes', async () => {
    const plan = t.makePlan(path.join(t.root, '甲.qicao'), '甲计划');
    const f = await t.launch([plan]);
    const order = pageWithTyping(f, '甲计划（关闭前输入）', true);
    const win = f.windows[0];
    win.close();
    expect(win.destroyed).toBe(false); // held until the page answered
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    expect(order).toEqual(['flush asked', 'typing saved']);
    expect((await current(f))?.title).toBe('甲计划（关闭前输入）');
  });

  it('closing with text the page could not save: asks, and 返回 keeps the window', async () => {
    const plan = t.makePlan(path.join(t.root, '甲.qicao'), '甲计划');
    const f = await t.launch([plan]); // the message box answers 1: 返回
    pageWithTyping(f, '甲计划', false);
    const win = f.windows[0];
    win.close();
    await vi.waitFor(() => expect(f.calls.dialogs.some((d) => d.kind === 'message')).toBe(true));
    const asked = f.calls.dialogs.find((d) => d.kind === 'message')!.options;
    expect(asked.title).toBe('有修改尚未保存');
    expect(asked.buttons).toEqual(['仍然关闭', '返回']);
    await new Promise((r) => setTimeout(r, 50));
    expect(win.destroyed).toBe(false);
  });

  it('opening another plan: the typing lands in the plan it was typed in, then the switch', async () => {
    const a = t.makePlan(path.join(t.root, '甲.qicao'), '甲计划');
    const b = t.makePlan(path.join(t.root, '乙.qicao'), '乙计划');
    const f = await t.launch([a]);
    const order = pageWithTyping(f, '甲计划（切换前输入）', true);
    f.module.app.emit('open-file', { preventDefault() {} }, b);
    await vi.waitFor(async () => expect((await current(f))?.path).toBe(b));
    expect(order).toEqual(['flush asked', 'typing saved']);
    expect((await current(f))?.title).toBe('乙计划');
    expect((await f.invoke('plan.open', { path: a })).value.title).toBe('甲计划（切换前输入）');
  });

  it('opening another plan over text that could not be saved: 返回 keeps the plan open', async () => {
    const a = t.makePlan(path.join(t.root, '甲.qicao'), '甲计划');
    const b = t.makePlan(path.join(t.root, '乙.qicao'), '乙计划');
    const f = await t.launch([a]);
    pageWithTyping(f, '甲计划', false);
    f.module.app.emit('open-file', { preventDefault() {} }, b);
    await vi.waitFor(() => expect(f.calls.dialogs.some((d) => d.kind === 'message')).toBe(true));
    await new Promise((r) => setTimeout(r, 50));
    expect((await current(f))?.path).toBe(a);
    expect(f.windows[0].webContents.loads).toEqual(['app://qicao/index.html']);
  });
});
