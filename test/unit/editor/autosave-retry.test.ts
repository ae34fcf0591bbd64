// The autosave of one field when the host refuses: nothing counts as saved until acknowledged,
// the value is kept and retried with growing pauses, a blur does not skip it as "unchanged", and
// flushAll tells a caller about to switch plans that text is still unsaved.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => {
  vi.resetModules();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

async function load() {
  return import('../../../renderer/src/shell/autosave.ts');
}

describe('a failed autosave', () => {
  it('is kept, shown as unsaved, retried, and lands when the host answers again', async () => {
    const a = await load();
    let hostUp = false;
    const written: string[] = [];
    const save = vi.fn(async (v: string) => {
      if (!hostUp) throw new Error('服务暂时不可用');
      written.push(v);
    });
    const saver = a.debouncedSaver<string>(save, 600, '原文');
    const off = a.registerFlush(saver.flush);
    saver.schedule('原文，新输入');
    await saver.flush(); // Enter: fails
    expect(written).toEqual([]);
    expect(saver.dirty).toBe(true);
    expect(a.hasUnsaved()).toBe(true);
    // blur right after: not skipped as "already saved"
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(2);
    await expect(a.flushAll()).rejects.toThrow(/有修改尚未保存（服务暂时不可用）/);
    const calls = save.mock.calls.length;
    await vi.advanceTimersByTimeAsync(900);
    expect(save.mock.calls.length).toBe(calls); // a pause before the retry
    hostUp = true;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(written).toEqual(['原文，新输入']);
    expect(saver.dirty).toBe(false);
    expect(a.hasUnsaved()).toBe(false);
    await expect(a.flushAll()).resolves.toBeUndefined();
    off();
  });

  it('typing during a failing save keeps the newest text, and only that is written', async () => {
    const a = await load();
    let fail = true;
    const written: string[] = [];
    const saver = a.debouncedSaver<string>(
      async (v: string) => {
        if (fail) throw new Error('断开');
        written.push(v);
      },
      600,
      '',
    );
    saver.schedule('一');
    await saver.flush();
    saver.schedule('一二');
    fail = false;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(written).toEqual(['一二']);
    expect(a.hasUnsaved()).toBe(false);
  });
});
