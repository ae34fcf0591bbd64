// Any document the drafter hands us (a path, or an upload's name and bytes) → SourceDocument.
// The kind is decided by the file's first bytes, not only its name: a .docx that is really an
// encrypted Office file, or a .txt that is really a zip, is refused with the right message.
import fs from 'node:fs';
import path from 'node:path';
import { QicaoError } from '../../errors.ts';
import { readDocx } from './docx.ts';
import { LIMITS, megabytes } from './limits.ts';
import type { SourceDocument } from './source.ts';
import { readTextFile } from './text-file.ts';
import { encryptedMessage } from '../../ooxml/zip.ts';

export type DocumentInput = string | { name: string; bytes: Uint8Array };

export type Sniffed = 'docx' | 'cfb' | 'sqlite' | 'pdf' | 'rtf' | 'text';

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, k) => bytes[k] === b);

export function sniff(head: Uint8Array): Sniffed {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return 'docx';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'cfb';
  if (startsWith(head, [...Buffer.from('SQLite format 3\0', 'latin1')])) return 'sqlite';
  if (startsWith(head, [...Buffer.from('%PDF', 'latin1')])) return 'pdf';
  if (startsWith(head, [...Buffer.from('{\\rtf', 'latin1')])) return 'rtf';
  return 'text';
}

/** The file's bytes, read only after its size was judged against the limit for its kind. */
export function readInputBytes(input: DocumentInput): { name: string; bytes: Uint8Array } {
  if (typeof input !== 'string') {
    assertSize(input.name, input.bytes.length, sniff(input.bytes.subarray(0, 16)));
    return input;
  }
  const name = path.basename(input);
  let fd: number;
  try {
    fd = fs.openSync(input, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new QicaoError('not-found', `找不到文件“${input}”，请检查路径。`);
    if (code === 'EISDIR') throw new QicaoError('bad-input', `“${input}”是文件夹，请选择一个 .docx、.txt 或 .qicao 文件。`);
    throw new QicaoError('io', `无法读取“${input}”（${code ?? '未知错误'}），请检查文件权限。`);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new QicaoError('bad-input', `“${input}”是文件夹，请选择一个 .docx、.txt 或 .qicao 文件。`);
    const head = new Uint8Array(16);
    fs.readSync(fd, head, 0, 16, 0);
    assertSize(name, stat.size, sniff(head));
    const bytes = new Uint8Array(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = fs.readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { name, bytes: bytes.subarray(0, read) };
  } catch (e) {
    if (e instanceof QicaoError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new QicaoError('io', `无法读取“${input}”（${code ?? (e as Error).message}），请检查文件是否完整。`);
  } finally {
    fs.closeSync(fd);
  }
}

function assertSize(name: string, size: number, kind: Sniffed): void {
  if (size === 0) throw new QicaoError('bad-input', `“${name}”是空文件（0 字节），没有可读取的内容；请确认文件已在 Word 或 WPS 中保存完整后再试。`);
  const limit = kind === 'text' ? LIMITS.textBytes : LIMITS.docxBytes;
  if (size > limit) {
    const what = kind === 'text' ? '文本文件' : '文件';
    throw new QicaoError('bad-input', `“${name}”有 ${megabytes(size)}，超过${what}上限 ${megabytes(limit)}，远大于一份行动计划或起草说明；请只保留需要的正文另存后再试。`);
  }
}

/** Reads a .docx or a .txt into paragraphs and tables. */
export function readSource(input: DocumentInput): SourceDocument {
  const { name, bytes } = readInputBytes(input);
  const kind = sniff(bytes.subarray(0, 16));
  const ext = path.extname(name).toLowerCase();
  let doc: SourceDocument;
  switch (kind) {
    case 'docx':
      doc = readDocx(bytes, name);
      break;
    case 'cfb':
      throw new QicaoError('bad-input', encryptedMessage(name));
    case 'sqlite':
      throw new QicaoError('bad-input', `“${name}”是计划文件（.qicao），不是 Word 或文本文档；请直接打开它，不必导入。`);
    case 'pdf':
      throw new QicaoError('bad-input', `“${name}”是 PDF 文件，无法读取其中的结构；请使用原始的 Word（.docx）文件，或另存为 .txt 后再试。`);
    case 'rtf':
      throw new QicaoError('bad-input', `“${name}”是 RTF 格式；请在 Word 或 WPS 中另存为 .docx 后再试。`);
    case 'text':
      if (ext === '.docx' || ext === '.docm' || ext === '.dotx') {
        throw new QicaoError('bad-input', `“${name}”不是有效的 Word 文档（文件头不对，可能已损坏或只是改了扩展名）；请在 Word 或 WPS 中打开并另存为 .docx 后再试。`);
      }
      if (ext === '.doc' || ext === '.wps') {
        throw new QicaoError('bad-input', `“${name}”是旧版文档格式；请在 Word 或 WPS 中另存为 .docx 后再试。`);
      }
      doc = readTextFile(bytes, name);
      break;
  }
  const chars = doc.paragraphs.reduce((n, p) => n + p.length, 0);
  if (chars > LIMITS.textChars) {
    throw new QicaoError('bad-input', `“${name}”的正文超过 ${LIMITS.textChars} 个字符，远大于一份行动计划或起草说明；请只保留需要的正文另存后再试。`);
  }
  return doc;
}
