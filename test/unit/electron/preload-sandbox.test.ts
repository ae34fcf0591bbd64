// The BUILT preload, loaded the way a sandboxed renderer loads it: its `require` gives only
// `electron` (contextBridge, ipcRenderer) and the few built-ins Electron's sandbox provides;
// anything else (a shared chunk, zod) is an error there, and window.qicao would never appear.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../core/api/contract.ts';
import { preloadBuild } from '../../../electron/vite.config.ts';
import { tempDir } from '../../helpers/plans.ts';

/** What Electron's sandboxed preload may require (electron's docs: "Process sandboxing"). */
const SANDBOX_MODULES = new Set(['electron', 'events', 'timers', 'url']);

let outDir: string;
beforeAll(async () => {
  outDir = tempDir('qicao-preload-');
  await build(preloadBuild(outDir));
}, 120_000);
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

function loadSandboxed(file: string) {
  const window: Record<string, any> = {};
  const invoked: unknown[][] = [];
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const sent: unknown[][] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (window[key] = value) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve({ ok: true, value: null })),
      on: (channel: string, fn: (...args: unknown[]) => void) => listeners.set(channel, fn),
      send: (...args: unknown[]) => sent.push(args),
    },
  };
  const required: string[] = [];
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (!SANDBOX_MODULES.has(name)) throw new Error(`module not found: ${name}`);
    return name === 'electron' ? electron : {};
  };
  const module = { exports: {} };
  // no Node globals either: only what a renderer's isolated world has
  const context = vm.createContext({
    module,
    exports: module.exports,
    require: sandboxRequire,
    console,
    Promise,
    Object,
    Array,
    Map,
    Set,
    JSON,
    Symbol,
    Error,
    TypeError,
    RegExp,
    Math,
    Number,
    String,
    Boolean,
    Date,
  });
  vm.runInContext(fs.readFileSync(file, 'utf8'), context, { filename: file });
  return { window, invoked, listeners, sent, required };
}

describe('the built preload under sandbox', () => {
  it('is one file that requires only electron, and window.qicao appears', async () => {
    const file = path.join(outDir, 'preload.cjs');
    expect(fs.readdirSync(outDir)).toEqual(['preload.cjs']);
    const { window, invoked, required } = loadSandboxed(file);
    expect(required).toEqual(['electron']);
    expect(Object.keys(window).sort()).toEqual(['qicao', 'qicaoWindow']);
    const named = Object.entries(window.qicao as Record<string, object>).flatMap(([g, fns]) => Object.keys(fns).map((m) => `${g}.${m}`));
    expect(named.sort()).toEqual(
      Object.keys(contract)
        .filter((c) => c !== 'folders.list' && c !== 'folders.create')
        .sort(),
    );
    await window.qicao.plan.open({ path: '/x.qicao' });
    expect(invoked).toEqual([['qicao:call', 'plan.open', { path: '/x.qicao' }]]);
  });

  it("answers the window's flush request with what the page says", async () => {
    const { window, listeners, sent } = loadSandboxed(path.join(outDir, 'preload.cjs'));
    listeners.get('qicao:flush')!({}, 1);
    expect(sent).toEqual([['qicao:flushed', 1, true]]); // no page flush registered: nothing held
    window.qicaoWindow.onFlushRequest(async () => false);
    listeners.get('qicao:flush')!({}, 2);
    await new Promise((r) => setTimeout(r, 0));
    expect(sent.at(-1)).toEqual(['qicao:flushed', 2, false]);
  });
});
