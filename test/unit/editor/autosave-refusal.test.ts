// A save the host refuses for good (its bad-input answer, e.g. an issued plan's text edited
// without an open 调整) is not retried: the text is kept, the status says why, leaving the field
// does not send it again, and retry() (after the drafter removed the cause) sends it once. A
// transient failure (no code, offline, HTTP 5xx) still goes to the retry loop.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => {
  vi.resetModules();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

const LOCK = '计划已印发，结构和措施内容不能直接修改：请先在“年度调度”中记录一次调整（写明调整原因），在调整中修改，改完后结束调整。';
const refusal = (code: string, message: string) => Object.assign(new Error(message), { code });

async function load() {
  return import('../../../renderer/src/shell/autosave.ts');
}

describe('a refused autosave', () => {
  it('is kept and shown with the reason, never retried by itself, and sent once on retry()', async () => {
    const a = await load();
    let adjusting = false;
    const written: string[] = [];
    const save = vi.fn(async (v: string) => {
      if (!adjusting) throw refusal('bad-input', LOCK);
      written.push(v);
    });
    const saver = a.debouncedSaver<string>(save, 600, '原文');
    const off = a.registerFlush(saver.flush);
    const heard = vi.fn();
    saver.watch(heard);
    saver.schedule('原文，印发后修改');
    await saver.flush();
    expect(saver.refusal).toBe(LOCK);
    expect(heard).toHaveBeenCalled();
    expect(saver.dirty).toBe(true);
    expect(a.hasUnsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(save).toHaveBeenCalledTimes(1); // no retry loop
    await saver.flush(); // leaving the field: the same text gets the same answer, not sent again
    await expect(a.flushAll()).rejects.toThrow(/有修改未能保存：计划已印发/);
    expect(save).toHaveBeenCalledTimes(1);

    adjusting = true; // the drafter opened a 调整
    await saver.retry();
    expect(save).toHaveBeenCalledTimes(2);
    expect(written).toEqual(['原文，印发后修改']);
    expect(saver.refusal).toBeNull();
    expect(a.hasUnsaved()).toBe(false);
    off();
  });

  it('new typing after a refusal is sent (it may be accepted)', async () => {
    const a = await load();
    const save = vi.fn(async (v: string) => {
      if (v.length > 4) throw refusal('bad-input', '措施内容过长。');
    });
    const saver = a.debouncedSaver<string>(save, 600, '');
    saver.schedule('一二三四五');
    await saver.flush();
    expect(saver.refusal).toBe('措施内容过长。');
    saver.schedule('一二三');
    await vi.advanceTimersByTimeAsync(600);
    expect(save).toHaveBeenCalledTimes(2);
    expect(saver.refusal).toBeNull();
    expect(saver.dirty).toBe(false);
  });

  it('tells permanent refusals from transient failures by the host error code', async () => {
    const a = await load();
    expect(a.isPermanentRefusal(refusal('bad-input', LOCK))).toBe(true);
    expect(a.isPermanentRefusal(refusal('unknown-node', '节点不存在。'))).toBe(true);
    for (const code of ['offline', '503', 'locked', 'io', 'internal']) expect(a.isPermanentRefusal(refusal(code, '…'))).toBe(false);
    expect(a.isPermanentRefusal(new Error('服务暂时不可用'))).toBe(false);
  });
});
