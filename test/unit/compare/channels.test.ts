// The drafts channels as the UI calls them: parsed inputs, Chinese errors, one result shape.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch.ts';
import { Session } from '../../../core/api/session.ts';
import type { Comparison, DraftInfo } from '../../../core/model/comparison.ts';
import { tempDir } from '../../helpers/plans.ts';

async function value<T>(s: Session, channel: string, input: unknown): Promise<T> {
  const reply = await dispatch(s, channel, input);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as T;
}

describe('drafts channels', () => {
  it('take, list, compare, export and restore a draft through the contract', async () => {
    const s = new Session(path.join(tempDir(), 'data'));
    await value(s, 'plan.openSample', {});
    const draft = await value<DraftInfo>(s, 'drafts.take', { name: '征求意见稿' });
    const outline = await value<{ id: number; children: { id: number; children: { id: number; children: { id: number }[] }[] }[] }[]>(s, 'plan.outline', {});
    const measure = outline[0].children[0].children[0].children[0];
    await value(s, 'node.rename', { id: measure.id, title: '改写后的措施。' });

    expect((await value<DraftInfo[]>(s, 'drafts.list', {})).map((d) => d.name)).toEqual(['征求意见稿']);
    const result = await value<Comparison>(s, 'drafts.compare', { from: { snapshotId: draft.id }, to: { current: true } });
    expect(result.changed.map((c) => [c.id, c.after])).toEqual([[measure.id, '改写后的措施。']]);
    expect(result.outline[0].hasChanges).toBe(true);

    const file = await value<{ fileName: string; base64: string }>(s, 'drafts.exportComparison', { from: { snapshotId: draft.id }, to: { current: true } });
    expect(file.fileName).toBe('征求意见稿→当前稿修改对照表.docx');
    expect(Buffer.from(file.base64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');

    const restored = await value<{ restored: DraftInfo; backup: DraftInfo }>(s, 'drafts.restore', { id: draft.id });
    expect(restored.backup.kind).toBe('before-restore');
    expect((await value<Comparison>(s, 'drafts.compare', { from: { snapshotId: draft.id }, to: { current: true } })).changed).toEqual([]);
    s.close();
  });

  it('refuses bad inputs with a Chinese message', async () => {
    const s = new Session(path.join(tempDir(), 'data'));
    await value(s, 'plan.openSample', {});
    expect(await dispatch(s, 'drafts.take', { name: '' })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(await dispatch(s, 'drafts.compare', { from: { snapshotId: 7 }, to: { current: true } })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('找不到稿件编号 7') },
    });
    expect(await dispatch(s, 'drafts.restore', { id: 7 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    s.close();
  });
});
