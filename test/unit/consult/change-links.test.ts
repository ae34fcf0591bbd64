// A new measure answering a comment, linked by the drafter: the comparison (修改对照表, qicao
// compare --json) cites the comment beside the added measure; undo takes the link back; deleting
// the measure drops the link.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch.ts';
import { Session } from '../../../core/api/session.ts';
import type { Comparison } from '../../../core/model/comparison.ts';
import { tempDir } from '../../helpers/plans.ts';

async function call<T>(s: Session, channel: string, input: unknown): Promise<T> {
  const r = (await dispatch(s, channel as never, input as never)) as { ok: boolean; value?: T; error?: { message: string } };
  if (!r.ok) throw new Error(r.error!.message);
  return r.value as T;
}

describe('a change linked to the comment it answers', () => {
  it('is cited in the comparison of 征求意见稿 → 当前稿, and undone as one step', async () => {
    const dir = tempDir();
    const s = new Session(path.join(dir, 'data'));
    await call(s, 'plan.openSample', {});
    const out = path.join(dir, '材料');
    fs.mkdirSync(out);
    await call(s, 'consult.sendRound', { name: '第一轮', sentDate: '2024-02-20', dueDate: '2024-03-01', units: ['雁栖镇'], outDir: out });
    const comment = await call<{ id: number }>(s, 'consult.addComment', { unit: '雁栖镇', text: '建议增加农村地区清洁取暖设备巡检措施。' });
    const draft = await call<{ id: number }>(s, 'drafts.take', { name: '征求意见稿' });

    const plan = await call<{ parts: { children: { children: { id: number }[] }[] }[] }>(s, 'plan.read', {});
    const task = plan.parts[0].children[0].children[0];
    const { id } = await call<{ id: number }>(s, 'node.add', { parentId: task.id, kind: 'measure', title: '开展农村地区清洁取暖设备巡检。' });
    const links = await call<{ unit: string; summary: string }[]>(s, 'consult.linkChange', { commentId: comment.id, nodeId: id });
    expect(links).toEqual([expect.objectContaining({ unit: '雁栖镇', summary: expect.stringContaining('清洁取暖设备巡检') })]);

    const compared = await call<Comparison>(s, 'drafts.compare', { from: { snapshotId: draft.id }, to: { current: true } });
    const added = compared.added.find((e) => e.id === id)!;
    expect(added.comments.map((c) => c.unit)).toEqual(['雁栖镇']);

    // undo takes the link back (one step), redo brings it again
    await call(s, 'history.undo', {});
    expect(await call(s, 'consult.changeLinks', { nodeId: id })).toEqual([]);
    await call(s, 'history.redo', {});
    expect(await call<unknown[]>(s, 'consult.changeLinks', { nodeId: id })).toHaveLength(1);

    // the link goes with the measure
    await call(s, 'node.delete', { id });
    expect(await call(s, 'consult.changeLinks', { commentId: comment.id })).toEqual([]);
    s.close();
  });
});
