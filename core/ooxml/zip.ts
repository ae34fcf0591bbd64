// The one zip reader of the app: every .docx and .xlsx that is imported, checked, compared or
// returned as feedback goes through here (by way of ./package.ts), with hard limits. The central directory is
// walked here (it is a fixed binary layout) so every entry's declared size and encryption flag
// can be judged before a single byte is inflated; fflate does the inflating, in a stream that
// is abandoned as soon as the output passes the limit, so a zip bomb costs one chunk, not hours.
import { Inflate } from 'fflate';
import { QicaoError } from '../errors.ts';
import { PACKAGE_LIMITS, megabytes } from './limits.ts';

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** What the zip should be, for messages: "Word 文档" (the default) or "Excel 工作簿". */
export type ZipKind = 'Word 文档' | 'Excel 工作簿' | 'Word 或 Excel 文件';

/** A refused zip; `reason` lets a caller word the message its own way. */
export class ZipRefusal extends QicaoError {
  constructor(
    readonly reason: 'broken' | 'too-large' | 'size-lie',
    message: string,
  ) {
    super('bad-input', message);
  }
}

const broken = (file: string, why: string, kind: ZipKind = 'Word 文档') =>
  new ZipRefusal(
    'broken',
    `“${file}”不是完整的${kind}（${why}），可能已损坏；请在 Word 或 WPS 中打开并另存为 ${kind === 'Excel 工作簿' ? '.xlsx' : kind === 'Word 文档' ? '.docx' : '.docx 或 .xlsx'} 后再试。`,
  );

export const encryptedMessage = (file: string) => `“${file}”设有打开密码（已加密），或是旧版 Word（.doc）文件，无法读取；请在 Word 或 WPS 中取消密码、另存为 .docx 后再试。`;

/** Lists the entries of the zip in `bytes`; refuses what is not a plain, bounded zip. */
export function listZip(bytes: Uint8Array, file: string, kind: ZipKind = 'Word 文档'): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 + 65535 (comment) bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (view.getUint32(at, true) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw broken(file, '找不到压缩包目录', kind);
  const count = view.getUint16(end + 10, true);
  const cdSize = view.getUint32(end + 12, true);
  const cdOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw new QicaoError('bad-input', `“${file}”是超过 4 GB 规格的压缩包（ZIP64），不是正常的${kind}，请另存后再试。`);
  }
  if (count > PACKAGE_LIMITS.zipEntries) {
    throw new QicaoError('bad-input', `“${file}”包含 ${count} 个压缩项，远超正常${kind}，已拒绝读取；请另存后再试。`);
  }
  if (cdOffset + cdSize > end) throw broken(file, '压缩包目录越界', kind);
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) throw broken(file, '压缩包目录不完整', kind);
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > end) throw broken(file, '压缩包目录不完整', kind);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      encrypted: (flags & 1) === 1,
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The entry's bytes, inflated. Refuses an entry that declares, or actually inflates to, more
 * than `limit` bytes — the declared size is not trusted.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, limit: number, file: string, kind: ZipKind = 'Word 文档'): Uint8Array {
  if (entry.encrypted) throw new QicaoError('bad-input', encryptedMessage(file));
  const tooLarge = () => new ZipRefusal('too-large', `“${file}”中的“${entry.name}”解压后超过 ${megabytes(limit)}，远超正常${kind}（可能是压缩炸弹），已拒绝读取。`);
  if (entry.size > limit) throw tooLarge();
  // Word and Excel write true sizes; more bytes than declared is a forged header (a zip bomb
  // dressed as a small part), refused the moment the inflated output passes the declared size
  const sizeLie = () => new ZipRefusal('size-lie', `“${file}”中的“${entry.name}”解压后比声明的 ${entry.size} 字节大（压缩包头被改过，可能是压缩炸弹），已拒绝读取。`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const h = entry.localOffset;
  if (h + 30 > bytes.length || view.getUint32(h, true) !== LOCAL) throw broken(file, `“${entry.name}”的位置不对`, kind);
  const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
  const stop = start + entry.compressedSize;
  if (stop > bytes.length) throw broken(file, `“${entry.name}”被截断`, kind);
  const data = bytes.subarray(start, stop);
  if (entry.method === 0) {
    if (data.length > limit) throw tooLarge();
    if (data.length !== entry.size) throw sizeLie();
    return data;
  }
  if (entry.method !== 8) throw broken(file, `“${entry.name}”使用了不支持的压缩方式 ${entry.method}`, kind);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) throw tooLarge();
    if (total > entry.size) throw sizeLie();
    chunks.push(chunk);
    if (final) finished = true;
  });
  const STEP = 16 * 1024;
  try {
    for (let k = 0; k < data.length; k += STEP) inflater.push(data.subarray(k, Math.min(data.length, k + STEP)), k + STEP >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof QicaoError) throw e;
    throw broken(file, `“${entry.name}”无法解压`, kind);
  }
  if (!finished) throw broken(file, `“${entry.name}”数据不完整`, kind);
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
