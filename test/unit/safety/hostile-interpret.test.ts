// Files crafted so that interpreting them (not reading them) is slow or huge: each was sent to the
// HTTP host as a drafter's window would, and each froze the host before — interpretation ran on
// its main thread, without the worker's time and memory limits — or stored tens of megabytes.
// Now each finishes within a budget, and the host answers another call while the file is handled.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../../../core/api/session.ts';
import { MAX_STORED_CHARS } from '../../../core/consult/intake/parse.ts';
import { startHttpHost, type RunningHost } from '../../../http-host/server.ts';
import { makeDocx, p, table } from '../import/make-docx.ts';
import { tempDir } from '../../helpers/plans.ts';
import { xlsx } from './hostile-zip.ts';

let host: RunningHost;
let session: Session;

beforeAll(async () => {
  session = new Session(path.join(tempDir(), 'data'));
  session.create(path.join(tempDir(), '计划.qicao'), true);
  host = await startHttpHost(session, { rendererDir: tempDir() });
});
afterAll(async () => {
  await host.close();
  session.close();
});

type Reply = { ok: boolean; value?: unknown; error?: { message: string } };
const call = (channel: string, input: unknown): Promise<Reply> =>
  fetch(`http://127.0.0.1:${host.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-qicao-token': host.token },
    body: JSON.stringify(input),
  }).then((r) => r.json() as Promise<Reply>);

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/**
 * Sends the hostile call, and while it runs asks for the plan's counts every 200 ms: every one of
 * those must answer within a second, and the hostile call must end within `budgetMs`.
 */
async function whileHostile(channel: string, input: unknown, budgetMs: number): Promise<Reply> {
  const t0 = Date.now();
  let done = false;
  const hostile = call(channel, input).finally(() => (done = true));
  const waits: number[] = [];
  while (!done && Date.now() - t0 < budgetMs) {
    await new Promise((r) => setTimeout(r, 200));
    if (done) break;
    const t1 = Date.now();
    const counts = await Promise.race([call('plan.counts', {}), new Promise<null>((r) => setTimeout(() => r(null), 5_000))]);
    waits.push(Date.now() - t1);
    expect(counts?.ok, '宿主在处理文件时没有应答').toBe(true);
  }
  const reply = await Promise.race([hostile, new Promise<null>((r) => setTimeout(() => r(null), Math.max(0, budgetMs - (Date.now() - t0))))]);
  expect(reply, `${channel} 超过 ${budgetMs} ms 仍未结束`).not.toBeNull();
  for (const w of waits) expect(w).toBeLessThan(1000);
  return reply!;
}

/** A 意见反馈表 whose rows all use one long shared string (章节/条款 and 原文) and one opinion. */
function formWithLongStrings(rows: number, long: string): Uint8Array {
  const c = (ref: string, s: number) => `<c r="${ref}" t="s"><v>${s}</v></c>`;
  let data = `<row r="1">${c('A1', 0)}${c('B1', 1)}${c('C1', 2)}</row>`;
  for (let r = 2; r < rows + 2; r++) data += `<row r="${r}">${c(`A${r}`, 3)}${c(`B${r}`, 3)}${c(`C${r}`, 4)}</row>`;
  return xlsx(data, ['章节/条款', '原文', '修改意见', long, '建议修改表述']);
}

describe('interpreting a crafted file neither freezes the host nor stores without bound', () => {
  it('a task table cell spanning a billion columns (810 bytes; froze the host 49 s, then out of memory)', { timeout: 60_000 }, async () => {
    const bytes = makeDocx(
      p('某区行动计划任务分工表') +
        table([
          ['序号', '具体措施', '牵头单位', '完成时限'],
          [{ text: '1', span: 1_000_000_000 }, '新建充电桩200个', '区水务局', '2024年底前'],
        ]),
    );
    expect(bytes.length).toBeLessThan(1024);
    const reply = await whileHostile('import.preview', { name: '跨列.docx', base64: base64(bytes) }, 15_000);
    expect(reply.ok, reply.error?.message).toBe(true);
    // the span is capped by the table's real width (four columns): the row still reads as a measure
    expect((reply.value as { totals: { measures: number } }).totals.measures).toBe(1);
  });

  it('a task table of 20,000 columns and 20 rows (6 KB; the host stopped answering for seconds)', { timeout: 60_000 }, async () => {
    const cells = (first: string[]) => first.map((t) => `<w:tc>${p(t)}</w:tc>`).join('') + '<w:tc/>'.repeat(20_000 - first.length);
    const rows = Array.from({ length: 20 }, (_, r) => `<w:tr>${cells([`新建充电桩${r + 1}处`, '区水务局', '2024年底前'])}</w:tr>`).join('');
    const bytes = makeDocx(`<w:tbl><w:tr>${cells(['具体措施', '牵头单位', '完成时限'])}</w:tr>${rows}</w:tbl>`);
    expect(bytes.length).toBeLessThan(8 * 1024);
    const reply = await whileHostile('import.preview', { name: '两万列.docx', base64: base64(bytes) }, 40_000);
    // a few seconds normally; on a machine loaded enough, the worker's 30 s limit stops it in Chinese
    if (reply.ok) expect((reply.value as { totals: { measures: number } }).totals.measures).toBe(20);
    else expect(reply.error?.message).toMatch(/^读取“两万列.docx”超过 30 秒仍未完成，已停止，未导入/);
  });

  it('a returned form whose 章节/条款 and 原文 are 5,000 "1" in 200 rows (anchoring froze 100 s)', { timeout: 90_000 }, async () => {
    const bytes = formWithLongStrings(200, '1'.repeat(5_000));
    expect(bytes.length).toBeLessThan(8 * 1024);
    const reply = await whileHostile('consult.importFeedback', { unit: '区生态环境局', fileName: '长章节.xlsx', base64: base64(bytes) }, 20_000);
    expect(reply.ok, reply.error?.message).toBe(true);
    expect((reply.value as { items: unknown[] }).items).toHaveLength(200);
  });

  it('the same with 5,000 "一": numerals are read as linearly as digits', { timeout: 90_000 }, async () => {
    const bytes = formWithLongStrings(200, '一'.repeat(5_000));
    const reply = await whileHostile('consult.importFeedback', { unit: '区发展改革委', fileName: '长章节二.xlsx', base64: base64(bytes) }, 20_000);
    expect(reply.ok, reply.error?.message).toBe(true);
  });

  it('a 9 KB form that would store tens of MB is refused in Chinese, and nothing is stored', { timeout: 90_000 }, async () => {
    const before = await call('consult.comments', {});
    const bytes = formWithLongStrings(500, '意'.repeat(15_000));
    expect(bytes.length).toBeLessThan(10 * 1024);
    const reply = await whileHostile('consult.importFeedback', { unit: '区经济和信息化局', fileName: '重复.xlsx', base64: base64(bytes) }, 30_000);
    expect(reply.ok).toBe(false);
    expect(reply.error?.message).toMatch(new RegExp(`^“重复.xlsx”中的意见共约 \\d+ 万字，超过一次导入的上限（${MAX_STORED_CHARS / 10_000} 万字），未导入，计划文件没有改动`));
    const after = await call('consult.comments', {});
    expect(after.value).toEqual(before.value);
  });
});
