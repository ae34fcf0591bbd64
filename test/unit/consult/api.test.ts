// The consult channels through dispatch, as the window calls them: a file arrives as base64,
// the dashboard and summary follow, the 意见采纳情况表 is written where asked.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch.ts';
import { Session } from '../../../core/api/session.ts';
import { tempDir } from '../../helpers/plans.ts';
import { excelForm } from './word-files.ts';

type Ok<T> = { ok: true; value: T };
const value = <T>(reply: unknown) => (reply as Ok<T>).value;

describe('consult channels', () => {
  it('send a round, import a form as base64, resolve, export the adoption table', async () => {
    const dir = tempDir();
    const s = new Session(path.join(dir, 'data'));
    await dispatch(s, 'plan.openSample', {});
    expect(await dispatch(s, 'consult.dashboard', {})).toEqual({ ok: true, value: null });

    const out = path.join(dir, '材料');
    fs.mkdirSync(out);
    const sent = await dispatch(s, 'consult.sendRound', { name: '第一轮', sentDate: '2024-02-20', dueDate: '2024-03-01', units: ['雁栖镇', '怀柔镇'], outDir: out });
    expect(sent).toMatchObject({ ok: true, value: { round: { name: '第一轮' }, files: expect.any(Array) } });

    const form = await excelForm([['1', '建议写明洒水频次。', '', '', '']]);
    const imported = await dispatch(s, 'consult.importFeedback', { unit: '雁栖镇', fileName: '../../雁栖镇.xlsx', base64: form.toString('base64') });
    expect(imported).toMatchObject({ ok: true, value: { unit: '雁栖镇', round: '第一轮', items: [{ kind: 'form-row', text: '建议写明洒水频次。', target: null }] } });
    const id = value<{ items: { id: number }[] }>(imported).items[0].id;
    // the stored file name is the name only, never a path the page sent
    expect(value<{ fileName: string }[]>(await dispatch(s, 'consult.comments', {}))[0].fileName).toBe('雁栖镇.xlsx');

    expect(await dispatch(s, 'consult.resolve', { id, status: 'rejected', reply: '' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/须写明理由/) } });
    expect(await dispatch(s, 'consult.resolve', { id, status: 'partlyAdopted', reply: '已在措施中写明。' })).toMatchObject({ ok: true, value: { status: 'partlyAdopted' } });
    expect(await dispatch(s, 'consult.noObjection', { unit: '怀柔镇', noObjection: true })).toMatchObject({ ok: true });
    const dashboard = value<{ units: { name: string; comments: number; noObjection: boolean }[]; summary: { sentence: string } }>(await dispatch(s, 'consult.dashboard', {}));
    expect(dashboard.units.map((u) => [u.name, u.comments, u.noObjection])).toEqual([
      ['怀柔镇', 0, true],
      ['雁栖镇', 1, false],
    ]);
    expect(dashboard.summary.sentence).toBe('共征求2个单位意见，收到1个单位反馈意见1条，其中部分采纳1条，1个单位无意见。');

    const target = path.join(dir, '意见采纳情况表.docx');
    expect(await dispatch(s, 'consult.exportAdoptionTable', { path: target })).toEqual({ ok: true, value: { path: target } });
    expect(fs.readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    expect(await dispatch(s, 'consult.exportAdoptionTable', { path: path.join(dir, '表.pdf') })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/\.docx/) } });
    s.close();
  });

  it('refuses a payload that is not base64, and a file that is not a Word or Excel file', async () => {
    const s = new Session(path.join(tempDir(), 'data'));
    await dispatch(s, 'plan.openSample', {});
    expect(await dispatch(s, 'consult.importFeedback', { unit: '雁栖镇', fileName: 'a.docx', base64: '不是base64' })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(await dispatch(s, 'consult.importFeedback', { unit: '雁栖镇', fileName: 'a.docx', base64: Buffer.from('hello').toString('base64') })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/不是 \.docx 或 \.xlsx 文件/) },
    });
    expect(value<unknown[]>(await dispatch(s, 'consult.rounds', {}))).toEqual([]);
    s.close();
  });
});
