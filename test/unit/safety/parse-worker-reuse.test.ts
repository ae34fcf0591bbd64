// The parsing thread is kept between reads (starting one costs far more than reading a typical
// file), so each read must still get its own file's content, and a read stopped for its time
// limit must not spoil the next one.
import { describe, expect, it } from 'vitest';
import { parseOffThread } from '../../../core/workers/off-thread.ts';
import { docx, W } from './hostile-zip.ts';

const text = (s: string) => ({ kind: 'source' as const, input: { name: `${s}.txt`, bytes: new TextEncoder().encode(`${s}\n一、总体要求\n`) } });

/** A document slow to read but inside every cap: 30 MB of XML in ~100 KB. */
function heavyDocx(): Uint8Array {
  const para = `<w:p><w:r><w:t>意</w:t></w:r></w:p>`;
  return docx(`<w:document xmlns:w="${W}"><w:body>${para.repeat(Math.floor((30 * 1024 * 1024) / Buffer.byteLength(para)))}</w:body></w:document>`);
}

describe('the kept parsing thread', () => {
  it('reads one file after another, each its own', { timeout: 60_000 }, async () => {
    for (const name of ['区水务局意见', '区发展改革委意见', '区财政局意见']) {
      const doc = await parseOffThread(text(name));
      expect(doc.paragraphs[0]).toBe(name);
    }
    // several at once each get an answer of their own too
    const names = ['甲单位', '乙单位', '丙单位', '丁单位'];
    const docs = await Promise.all(names.map((n) => parseOffThread(text(n))));
    expect(docs.map((d) => d.paragraphs[0])).toEqual(names);
  });

  it('after a read stopped for its time limit, the next file is read normally', { timeout: 60_000 }, async () => {
    await parseOffThread(text('先读一个')); // a thread is kept now
    await expect(parseOffThread({ kind: 'returned', fileName: '慢.docx', bytes: heavyDocx() }, { timeoutMs: 300 })).rejects.toThrow(/超过 1 秒仍未完成，已停止/);
    const next = await parseOffThread(text('区生态环境局意见'));
    expect(next.paragraphs[0]).toBe('区生态环境局意见');
  });
});
