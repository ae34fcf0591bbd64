// One contract, parsed before every handler: what any host (HTTP or Electron) relies on.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../core/api/contract.ts';
import { dispatch, handlers } from '../../../core/api/dispatch.ts';
import { Session } from '../../../core/api/session.ts';
import { tempDir } from '../../helpers/plans.ts';

describe('dispatch', () => {
  it('has a handler for every channel and a schema for every handler', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('adds, renames, moves and deletes through the contract, counts following', async () => {
    const dir = tempDir();
    const s = new Session(path.join(dir, 'data'));
    const opened = await dispatch(s, 'plan.openSample', {});
    expect(opened).toMatchObject({ ok: true, value: { isSample: true } });
    const outline = ((await dispatch(s, 'plan.outline', {})) as { value: any[] }).value;
    const task = outline[0].children[0].children[0];
    const added = (await dispatch(s, 'node.add', { parentId: task.id, kind: 'measure', title: '新措施' })) as { ok: true; value: { id: number } };
    expect(added.ok).toBe(true);
    expect(((await dispatch(s, 'plan.counts', {})) as any).value.totals.measures).toBe(206);
    const otherTask = outline[1].children[0].children[0];
    expect(await dispatch(s, 'node.move', { id: added.value.id, parentId: otherTask.id, index: 0 })).toEqual({ ok: true, value: { ok: true } });
    const counts = ((await dispatch(s, 'plan.counts', {})) as any).value;
    expect(counts.parts[0].measures).toBe(66);
    expect(counts.parts[1].measures).toBe(42);
    expect(await dispatch(s, 'measure.update', { id: added.value.id, leadUnits: ['区水务局'], deadline: '2024年6月底前' })).toMatchObject({ ok: true });
    expect(((await dispatch(s, 'node.get', { id: added.value.id })) as any).value).toMatchObject({ leadUnits: ['区水务局'], deadline: '2024年6月底前' });
    expect(await dispatch(s, 'node.delete', { id: added.value.id })).toMatchObject({ ok: true });
    expect(((await dispatch(s, 'plan.counts', {})) as any).value.totals.measures).toBe(205);
    s.close();
  });

  it('answers bad input with one Chinese line and never runs the handler', async () => {
    const s = new Session(path.join(tempDir(), 'data'));
    expect(await dispatch(s, 'plan.counts', {})).toMatchObject({ ok: false, error: { message: expect.stringMatching(/尚未打开计划文件/) } });
    expect(await dispatch(s, 'node.add', { parentId: 1, kind: 'chapter', title: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: expect.stringMatching(/字段“kind”无效/) },
    });
    expect(await dispatch(s, 'node.add', { parentId: 1, kind: 'measure', title: 'x', extra: 1 })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(await dispatch(s, '__proto__', {})).toMatchObject({ ok: false, error: { message: expect.stringMatching(/未知的操作/) } });
    expect(await dispatch(s, 'toString', {})).toMatchObject({ ok: false });
  });
});
