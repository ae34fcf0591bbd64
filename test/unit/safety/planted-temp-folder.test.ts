// A folder someone planted at the name of a temp file (a killed writer's leftover, or the very
// name the writer draws next) never blocks writing that file: it is left alone and another random
// name is used.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyFileAtomic, writeFileAtomic } from '../../../core/fs/atomic-write.ts';
import { tempDir } from '../../helpers/plans.ts';

const made: string[] = [];
const folder = () => {
  const dir = tempDir('qicao-planted-');
  made.push(dir);
  return dir;
};

afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A pid no process has: its temp files look like a killed writer's. */
const DEAD_PID = 4_194_000;

describe('a planted folder at a temp name', () => {
  it("does not stop an export of that file (a dead writer's temp name, not empty)", () => {
    const out = folder();
    const planted = path.join(out, `.计划.docx.${DEAD_PID}.0123456789abcdef.tmp`);
    fs.mkdirSync(planted);
    fs.writeFileSync(path.join(planted, '别人的.txt'), '别人的');
    writeFileAtomic(path.join(out, '计划.docx'), '导出的内容');
    expect(fs.readFileSync(path.join(out, '计划.docx'), 'utf8')).toBe('导出的内容');
    // the planted folder and what is in it are left as they were
    expect(fs.readFileSync(path.join(planted, '别人的.txt'), 'utf8')).toBe('别人的');
    const source = path.join(out, '源.qicao');
    fs.writeFileSync(source, '计划文件');
    copyFileAtomic(source, path.join(out, '计划.docx'), { overwrite: true });
    expect(fs.readFileSync(path.join(out, '计划.docx'), 'utf8')).toBe('计划文件');
  });

  it('takes another random name when the one drawn is taken by a folder', () => {
    const out = folder();
    const taken = Buffer.from('00112233aabbccdd', 'hex');
    fs.mkdirSync(path.join(out, `.表.docx.${process.pid}.${taken.toString('hex')}.tmp`));
    const real = crypto.randomBytes.bind(crypto);
    let draws = 0;
    vi.spyOn(crypto, 'randomBytes').mockImplementation(((n: number) => (draws++ === 0 ? taken : real(n))) as typeof crypto.randomBytes);
    writeFileAtomic(path.join(out, '表.docx'), '写入成功');
    expect(draws).toBeGreaterThanOrEqual(2);
    expect(fs.readFileSync(path.join(out, '表.docx'), 'utf8')).toBe('写入成功');
  });
});
