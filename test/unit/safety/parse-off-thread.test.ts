// A returned file is read in a worker thread with a time limit: while a heavy file is read the
// HTTP host keeps answering, and a file that takes too long is stopped with a Chinese message.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../../../core/api/session.ts';
import { parseOffThread } from '../../../core/workers/off-thread.ts';
import { startHttpHost, type RunningHost } from '../../../http-host/server.ts';
import { tempDir } from '../../helpers/plans.ts';
import { docx, W } from './hostile-zip.ts';

/** A 意见反馈 .docx that is slow to read but inside every cap: 30 MB of XML (a million paragraphs) in ~100 KB; 3–4 s to read. */
function heavyDocx(): Uint8Array {
  const para = `<w:p><w:r><w:t>意</w:t></w:r></w:p>`;
  return docx(`<w:document xmlns:w="${W}"><w:body>${para.repeat(Math.floor((30 * 1024 * 1024) / Buffer.byteLength(para)))}</w:body></w:document>`);
}

let host: RunningHost;
let session: Session;
let heavy: Uint8Array;

beforeAll(async () => {
  session = new Session(path.join(tempDir(), 'data'));
  session.create(path.join(tempDir(), '计划.qicao'), true);
  host = await startHttpHost(session, { rendererDir: tempDir() });
  heavy = heavyDocx();
});
afterAll(async () => {
  await host.close();
  session.close();
});

const call = (channel: string, input: unknown) =>
  fetch(`http://127.0.0.1:${host.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-qicao-token': host.token },
    body: JSON.stringify(input),
  }).then((r) => r.json());

describe('parsing off the main thread', () => {
  it('while a heavy returned file is read, another API call answers within a second', { timeout: 60_000 }, async () => {
    expect(heavy.length).toBeLessThan(1024 * 1024);
    const t0 = Date.now();
    const reading = call('consult.inspectFeedback', { fileName: '区水务局反馈.docx', base64: Buffer.from(heavy).toString('base64') });
    await new Promise((r) => setTimeout(r, 300)); // the worker is busy reading by now
    const t1 = Date.now();
    const counts = await call('plan.counts', {});
    const answeredIn = Date.now() - t1;
    expect(counts.ok).toBe(true);
    expect(answeredIn).toBeLessThan(1000);
    const read = await reading;
    const readIn = Date.now() - t0;
    expect(read.ok === true || /没有找到/.test(read.error?.message ?? '')).toBe(true);
    expect(readIn).toBeGreaterThan(answeredIn + 300); // the read really was still going on
  });

  it('a file that takes longer than the time limit is stopped with a Chinese message', { timeout: 60_000 }, async () => {
    const t0 = Date.now();
    await expect(parseOffThread({ kind: 'returned', fileName: '慢.docx', bytes: heavy }, { timeoutMs: 200 })).rejects.toThrow(/^读取“慢.docx”超过 1 秒仍未完成，已停止，未导入/);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('a refusal inside the worker arrives as the same Chinese message', async () => {
    await expect(parseOffThread({ kind: 'returned', fileName: '坏.docx', bytes: new Uint8Array([1, 2, 3]) })).rejects.toThrow(/无法读取“坏.docx”：它不是 \.docx 或 \.xlsx 文件/);
  });
});
