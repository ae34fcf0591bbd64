// Returned progress forms from outside: hostile files are refused by the same capped readers as
// the consultation intake, each with its own Chinese line, and nothing of them is stored; a
// blank form is not a report; a unit that cannot be told is not guessed.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch.ts';
import { Session } from '../../../core/api/session.ts';
import type { IntakeResult, Ledger } from '../../../core/model/year.ts';
import { tempDir } from '../../helpers/plans.ts';
import { deflatedRepeat, docx, W, xlsx } from '../safety/hostile-zip.ts';
import { fillExcel } from './fill-forms.ts';

async function call<T>(s: Session, channel: string, input: unknown): Promise<T> {
  const reply = await dispatch(s, channel, input);
  if (!reply.ok) throw new Error(`${channel}: ${reply.error.message}`);
  return reply.value as T;
}
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const GB = 1024 * 1024 * 1024;

async function issuedWithForms() {
  const dir = tempDir();
  const s = new Session(path.join(dir, 'data'), false);
  await call(s, 'plan.openSample', {});
  await call(s, 'year.issue', { docNumber: '怀政办发〔2024〕3号', issueDate: '2024-03-15' });
  const out = path.join(dir, 'forms');
  fs.mkdirSync(out);
  await call(s, 'year.writeForms', { period: '2024年第一季度', outDir: out, units: ['区交通局'] });
  return { s, form: fs.readFileSync(path.join(out, '2024年第一季度调度表-区交通局.xlsx')) };
}

describe('taking back progress forms', () => {
  it('refuses hostile files one by one, stores the good one, and keeps nothing of the others', async () => {
    const { s, form } = await issuedWithForms();
    const good = await fillExcel(form, () => ({ status: '按计划推进', progress: '推进中' }));
    const bomb = docx({ name: 'word/document.xml', deflated: deflatedRepeat(GB), declaredSize: 7 * 1024 });
    const doctype = docx(`<!DOCTYPE x [<!ENTITY a "aaaa">]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>`);
    const c = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    let rows = `<row r="1">${c('A1', '具体措施')}${c('B1', '完成状态')}</row>`;
    for (let i = 2; i < 20_100; i++) rows += `<row r="${i}">${c(`A${i}`, '措施')}${c(`B${i}`, '滞后')}</row>`;
    const huge = xlsx(rows);
    const encrypted = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const t0 = Date.now();
    const result = await call<IntakeResult>(s, 'year.intake', {
      files: [
        { fileName: '区交通局.docx', base64: b64(bomb) },
        { fileName: '区交通局-实体.docx', base64: b64(doctype) },
        { fileName: '区交通局-大表.xlsx', base64: b64(huge) },
        { fileName: '区交通局-加密.xlsx', base64: b64(encrypted) },
        { fileName: '区交通局-正常.xlsx', base64: b64(good) },
      ],
    });
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(result.files.map((f) => f.error)).toEqual([
      expect.stringMatching(/压缩炸弹/),
      expect.stringMatching(/DOCTYPE|实体/),
      expect.stringMatching(/超过 20000 行/),
      expect.stringMatching(/密码|旧版/),
      null,
    ]);
    const ledger = await call<Ledger>(s, 'year.ledger', {});
    expect(ledger.counts.onTrack).toBe(5);
    const state = await call<{ periods: { reported: number }[] }>(s, 'year.state', {});
    expect(state.periods[0].reported).toBe(1);
  }, 60_000);

  it('a form sent back blank is no report, and a file from an unknown unit is not guessed', async () => {
    const { s, form } = await issuedWithForms();
    const blank = await call<IntakeResult>(s, 'year.intake', { files: [{ fileName: '区交通局.xlsx', base64: b64(form) }] });
    expect(blank.files[0].error).toMatch(/没有填写任何进展/);
    const filled = await fillExcel(form, () => ({ status: '已完成', progress: '已完成' }));
    // the form's 填报单位 says 区交通局, whatever the file is called
    const named = await call<IntakeResult>(s, 'year.intake', { files: [{ fileName: '新建 Microsoft Excel 工作表.xlsx', base64: b64(filled) }] });
    expect(named.files[0]).toMatchObject({ unit: '区交通局', unitSource: '填报单位', error: null });
    const letter = docx(`<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>本期无变化。</w:t></w:r></w:p></w:body></w:document>`);
    const unknown = await call<IntakeResult>(s, 'year.intake', { files: [{ fileName: '回复.docx', base64: b64(letter) }] });
    expect(unknown.files[0].error).toMatch(/看不出.*哪个单位/);
    const told = await call<IntakeResult>(s, 'year.intake', { files: [{ fileName: '回复.docx', base64: b64(letter) }], unit: '区交通局' });
    expect(told.files[0]).toMatchObject({ unit: '区交通局', noChange: true, error: null });
    // 无变化 after a report keeps the reported statuses
    const ledger = await call<Ledger>(s, 'year.ledger', { unit: '区交通局' });
    expect(ledger.measures.every((m) => m.status === 'done')).toBe(true);
  }, 60_000);
});
