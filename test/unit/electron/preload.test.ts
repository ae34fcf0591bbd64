// The page's whole reach into the desktop app, seen through a fake contextBridge: named functions
// per channel group, each bound to its own channel, frozen; no generic invoke, no ipcRenderer,
// and nothing of the in-page folder picker (the desktop has native dialogs).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contract } from '../../../core/api/contract.ts';

async function exposed() {
  vi.resetModules();
  const worlds: Record<string, any> = {};
  const invoked: unknown[][] = [];
  vi.doMock('electron', () => ({
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (worlds[key] = value) },
    ipcRenderer: { invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve({ ok: true, value: null })), on() {}, send() {} },
  }));
  await import('../../../electron/preload.ts');
  return { worlds, invoked };
}

afterEach(() => vi.doUnmock('electron'));

describe('the Electron preload', () => {
  it("exposes only window.qicao (and the window's flush request): groups of named functions, no generic invoke", async () => {
    const { worlds } = await exposed();
    expect(Object.keys(worlds)).toEqual(['qicao', 'qicaoWindow']);
    expect(Object.keys(worlds.qicaoWindow)).toEqual(['onFlushRequest']);
    const qicao = worlds.qicao;
    expect(qicao.invoke).toBeUndefined();
    expect(qicao.ipcRenderer).toBeUndefined();
    expect(Object.isFrozen(qicao)).toBe(true);
    expect(Object.isFrozen(qicao.plan)).toBe(true);
    for (const group of Object.values(qicao) as Record<string, unknown>[]) for (const fn of Object.values(group)) expect(typeof fn).toBe('function');
    expect(typeof qicao.plan.open).toBe('function');
    expect(typeof qicao.export.save).toBe('function');
  });

  it('each function calls its own channel, whatever the page passes', async () => {
    const { worlds, invoked } = await exposed();
    await worlds.qicao.plan.counts({});
    await worlds.qicao.export.save({ what: 'plan', outDir: '/tmp', channel: 'folders.list' });
    expect(invoked.map((a) => a.slice(0, 2))).toEqual([
      ['qicao:call', 'plan.counts'],
      ['qicao:call', 'export.save'],
    ]);
  });

  it('leaves out the folder-browsing channels; every other contract channel has its function', async () => {
    const { worlds } = await exposed();
    expect(worlds.qicao.folders).toBeUndefined();
    const named = Object.entries(worlds.qicao as Record<string, object>).flatMap(([g, fns]) => Object.keys(fns).map((m) => `${g}.${m}`));
    expect(named.sort()).toEqual(
      Object.keys(contract)
        .filter((c) => c !== 'folders.list' && c !== 'folders.create')
        .sort(),
    );
  });

  it('the main process refuses the hidden channels and names outside the contract', async () => {
    const { bridgeAllows } = await import('../../../electron/bridge-surface.ts');
    expect(bridgeAllows('plan.open')).toBe(true);
    expect(bridgeAllows('folders.list')).toBe(false);
    expect(bridgeAllows('__proto__')).toBe(false);
    expect(bridgeAllows(42)).toBe(false);
  });
});
