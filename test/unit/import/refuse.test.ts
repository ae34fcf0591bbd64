// Files that must be refused with one Chinese sentence, quickly: never a crash, never a hang,
// never a half-made plan file.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../core/documents/import/index.ts';
import { QicaoError } from '../../../core/errors.ts';
import { tempDir } from '../../helpers/plans.ts';
import { docxWithDocumentXml, documentXml, makeDocx, p } from './make-docx.ts';

function refusal(run: () => unknown): QicaoError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(QicaoError);
    return e as QicaoError;
  }
  throw new Error('expected a refusal');
}

const read = (name: string, bytes: Uint8Array) => readSource({ name, bytes });

/** A zip with one stored-as-deflate entry whose header may lie about its size. */
function zipWithEntry(name: string, deflated: Uint8Array, declaredSize: number, flags = 0): Uint8Array {
  const nameBytes = Buffer.from(name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(flags, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(flags, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + nameBytes.length + deflated.length;
  const cdSize = central.length + nameBytes.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(cdOffset, 16);
  return new Uint8Array(Buffer.concat([local, nameBytes, Buffer.from(deflated), central, nameBytes, end]));
}

describe('refusing what cannot be read', () => {
  it('an empty file', () => {
    expect(refusal(() => read('空.docx', new Uint8Array(0))).message).toContain('是空文件');
    expect(refusal(() => read('空.txt', new Uint8Array(0))).message).toContain('是空文件');
  });

  it('an encrypted Word file (an OLE compound file, not a zip)', () => {
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(refusal(() => read('加密.docx', cfb)).message).toMatch(/设有打开密码.*另存为 \.docx/);
  });

  it('a zip entry flagged as encrypted', () => {
    const deflated = zlib.deflateRawSync(Buffer.from(documentXml(p('正文'))));
    expect(refusal(() => read('加密2.docx', zipWithEntry('word/document.xml', deflated, 100, 1))).message).toContain('设有打开密码');
  });

  it('random bytes named .docx, and a truncated .docx', () => {
    expect(refusal(() => read('坏.docx', new Uint8Array(Buffer.from('这不是Word文档')))).message).toContain('不是有效的 Word 文档');
    const good = makeDocx(p('大气污染防治'));
    expect(refusal(() => read('截断.docx', good.subarray(0, good.length - 30))).message).toContain('可能已损坏');
  });

  it('a zip without a document part', () => {
    expect(refusal(() => read('图片.docx', zipSync({ 'a.png': new Uint8Array(10) }))).message).toContain('缺少正文');
  });

  it('a zip bomb that declares its size honestly', () => {
    const deflated = zlib.deflateRawSync(Buffer.alloc(1024 * 1024)); // content does not matter: the header is judged first
    const e = refusal(() => read('炸弹.docx', zipWithEntry('word/document.xml', deflated, 200 * 1024 * 1024)));
    expect(e.message).toContain('压缩炸弹');
  });

  it('a zip bomb that lies about its size: inflating stops at the limit, within seconds', () => {
    const deflated = zlib.deflateRawSync(Buffer.alloc(101 * 1024 * 1024, 0x20), { level: 1 });
    const started = Date.now();
    const e = refusal(() => read('炸弹2.docx', zipWithEntry('word/document.xml', deflated, 1000)));
    expect(e.message).toContain('压缩炸弹');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('XML with a DOCTYPE (entity expansion attacks) and malformed XML', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`;
    expect(refusal(() => read('实体.docx', docxWithDocumentXml(laughs))).message).toContain('DOCTYPE');
    expect(refusal(() => read('残缺.docx', docxWithDocumentXml('<w:document><w:body><w:p>'))).message).toContain('XML 格式错误');
  });

  it('a zip with absurdly many entries', () => {
    const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8(documentXml(p('正文'))) };
    for (let k = 0; k < 6000; k++) files[`x/${k}`] = new Uint8Array(0);
    expect(refusal(() => read('很多.docx', zipSync(files, { level: 0 }))).message).toContain('压缩项');
  });

  it('a text file over the limit, before reading it whole', () => {
    const dir = tempDir();
    const file = path.join(dir, '大文件.txt');
    fs.writeFileSync(file, Buffer.alloc(50 * 1024 * 1024, '文'));
    const started = Date.now();
    expect(refusal(() => readSource(file)).message).toMatch(/50\.0 MB.*上限/);
    expect(Date.now() - started).toBeLessThan(1000);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a missing file, a folder, a PDF and a plan file', () => {
    const dir = tempDir();
    expect(refusal(() => readSource(path.join(dir, '没有.docx'))).message).toContain('找不到文件');
    expect(refusal(() => readSource(dir)).message).toContain('是文件夹');
    expect(refusal(() => read('a.pdf', new Uint8Array(Buffer.from('%PDF-1.7 ...')))).message).toContain('PDF');
    expect(refusal(() => read('a.qicao', new Uint8Array(Buffer.from('SQLite format 3\0......')))).message).toContain('不必导入');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('reading text files', () => {
  it('reads UTF-8 with or without BOM, UTF-16 and GBK (Word on Chinese Windows)', () => {
    const text = '一、大气污染防治\r\n主要目标：达标。\r\n';
    const expected = ['一、大气污染防治', '主要目标：达标。'];
    expect(read('a.txt', new Uint8Array(Buffer.from(text))).paragraphs).toEqual(expected);
    expect(read('b.txt', new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).paragraphs).toEqual(expected);
    expect(read('c.txt', new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).paragraphs).toEqual(expected);
    // "一、大气" in GBK
    const gbk = new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0xb4, 0xf3, 0xc6, 0xf8]);
    expect(read('d.txt', gbk).paragraphs).toEqual(['一、大气']);
  });

  it('refuses binary content in a .txt', () => {
    expect(refusal(() => read('e.txt', new Uint8Array([0x41, 0x00, 0x42, 0x00, 0x43]))).message).toContain('不是文本文件');
  });
});
