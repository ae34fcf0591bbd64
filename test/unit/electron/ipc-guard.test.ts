// The one IPC handler of the Electron main, called the way Electron calls it: a frame that is not
// our page (an iframe, another origin) gets nothing, not even a parse error; a channel the
// desktop hides (the in-page folder picker) or one outside the contract is refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mainUnderTest, type MainUnderTest } from './launch-main.ts';

let t: MainUnderTest;
beforeEach(() => void (t = mainUnderTest()));
afterEach(() => t.cleanUp());

describe('the IPC guard, through the wiring', () => {
  it('answers our page, and refuses a foreign frame before reading its input', async () => {
    const f = await t.launch();
    expect(await f.invoke('plan.current')).toEqual({ ok: true, value: null });
    const evil = await f.invokeFrom({ url: 'https://evil.example/x.html', parent: null }, 'plan.current', {});
    expect(evil).toEqual({ ok: false, error: { code: 'forbidden', message: '拒绝访问。' } });
    // an iframe inside our own page is not the page
    const child = await f.invokeFrom({ url: 'app://qicao/index.html', parent: { url: 'app://qicao/index.html', parent: null } }, 'plan.current', {});
    expect(child.error?.code).toBe('forbidden');
    // a malformed input from a foreign frame: still only 拒绝访问, no schema message leaks
    const bad = await f.invokeFrom({ url: 'file:///etc/passwd', parent: null }, 'plan.open', { path: 42 });
    expect(bad.error?.message).toBe('拒绝访问。');
  });

  it('refuses the hidden folder channels and names outside the contract, even from our page', async () => {
    const f = await t.launch();
    for (const channel of ['folders.list', 'folders.create', 'plan.nothing', '__proto__', 'constructor', 42]) {
      const r = await f.invokeFrom({ url: 'app://qicao/index.html', parent: null }, channel, { path: t.root, parent: t.root, name: 'x' });
      expect(r, String(channel)).toEqual({ ok: false, error: { code: 'forbidden', message: '桌面版不提供这项操作。' } });
    }
  });
});
