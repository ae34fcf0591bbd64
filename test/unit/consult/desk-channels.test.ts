// The channels the consultation desk builds on, through dispatch as the window calls them: the
// unit read from a dropped file, the pending count for the export warning, a round's date
// corrected, accept + undo keeping the comment and the text together.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch.ts';
import { Session } from '../../../core/api/session.ts';
import { tempDir } from '../../helpers/plans.ts';
import { excelForm } from './word-files.ts';

type Ok<T> = { ok: true; value: T };
const value = <T>(reply: unknown) => {
  expect(reply).toMatchObject({ ok: true });
  return (reply as Ok<T>).value;
};

const sessions: Session[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

async function sample(): Promise<{ s: Session; dir: string }> {
  const dir = tempDir();
  const s = new Session(path.join(dir, 'data'));
  sessions.push(s);
  await dispatch(s, 'plan.openSample', {});
  return { s, dir };
}

describe('consult desk channels', () => {
  it('inspectFeedback names the unit of a dropped file, the round’s units first; importFeedback then takes it', async () => {
    const { s, dir } = await sample();
    const out = path.join(dir, '材料');
    fs.mkdirSync(out);
    value(await dispatch(s, 'consult.sendRound', { name: '第一轮', sentDate: '2024-02-20', units: ['怀柔镇', '雁栖镇', '区发展改革委'], outDir: out }));
    const form = (await excelForm([['1', '建议写明洒水频次。', '', '', '']], '北京市怀柔区雁栖镇人民政府')).toString('base64');
    const seen = value<{ unit: string; unitSource: string; candidates: string[] }>(await dispatch(s, 'consult.inspectFeedback', { fileName: '反馈.xlsx', base64: form }));
    expect([seen.unit, seen.unitSource]).toEqual(['雁栖镇', '反馈单位']);
    expect(seen.candidates.slice(0, 3)).toEqual(['雁栖镇', '区发展改革委', '怀柔镇']);
    expect(seen.candidates).toHaveLength(45);
    const byName = value<{ unit: string; unitSource: string }>(
      await dispatch(s, 'consult.inspectFeedback', { fileName: '区发改委-意见反馈表.xlsx', base64: (await excelForm([['1', '建议。', '', '', '']], '')).toString('base64') }),
    );
    expect([byName.unit, byName.unitSource]).toEqual(['区发展改革委', '文件名']);
    expect(await dispatch(s, 'consult.inspectFeedback', { fileName: 'x.docx', base64: 'AAAA' })).toMatchObject({ ok: false });
    value(await dispatch(s, 'consult.importFeedback', { unit: seen.unit, fileName: '反馈.xlsx', base64: form }));
    expect(value(await dispatch(s, 'consult.pending', {}))).toMatchObject({ total: 1, rounds: [{ name: '第一轮', pending: 1 }] });
  });

  it('updateRound corrects a round’s name and dates and refuses a due date before the sent date', async () => {
    const { s } = await sample();
    const form = (await excelForm([['1', '建议写明洒水频次。', '', '', '']])).toString('base64');
    value(await dispatch(s, 'consult.importFeedback', { unit: '雁栖镇', fileName: '反馈.xlsx', base64: form }));
    const [auto] = value<{ id: number; name: string; sentDate: string | null }[]>(await dispatch(s, 'consult.rounds', {}));
    expect(auto.sentDate).toBeNull();
    const fixed = value<{ name: string; sentDate: string }>(await dispatch(s, 'consult.updateRound', { id: auto.id, name: '第一轮征求意见', sentDate: '2024-02-20' }));
    expect(fixed).toMatchObject({ name: '第一轮征求意见', sentDate: '2024-02-20' });
    const bad = await dispatch(s, 'consult.updateRound', { id: auto.id, dueDate: '2024-02-01' });
    expect(bad).toMatchObject({ ok: false, error: { message: expect.stringContaining('早于发出日期') } });
    expect(await dispatch(s, 'consult.updateRound', { id: auto.id, sentDate: '2024-02-30' })).toMatchObject({ ok: false });
  });
});
