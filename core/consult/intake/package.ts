// Opens a returned file as an OOXML package (.docx / .xlsx are zip files of XML parts) through
// the app's one zip reader (core/documents/import/zip.ts): the central directory is judged
// before anything is inflated, only the XML parts asked for are inflated, and each is cut off
// the moment its real inflated size passes the limit — a header that lies (7 KB declared, 1 GB
// real) costs one chunk past the limit, not the gigabyte.
import { listZip, readZipEntry, ZipRefusal } from '../../documents/import/zip.ts';
import { decodeXml, unreadable } from './xml.ts';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_PART_BYTES = 32 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 64 * 1024 * 1024;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export type PackageFormat = 'docx' | 'xlsx';

export interface OoxmlPackage {
  format: PackageFormat;
  fileName: string;
  /** The part's text, or null when the package has no such part. */
  part(name: string): string | null;
}

/** The zip reader's refusals, in the words of the other returned-file messages. */
function inIntakeWords<T>(fileName: string, part: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof ZipRefusal)) throw e;
    if (e.reason === 'broken') throw unreadable(fileName, '压缩包已损坏或不完整');
    if (e.reason === 'size-lie') throw unreadable(fileName, `其中的 ${part} 解压后过大（比压缩包头声明的大），疑似压缩炸弹`);
    throw unreadable(fileName, `其中的 ${part || '文件'} 解压后过大（超过 ${MAX_PART_BYTES / 1024 / 1024} MB 或合计超过 ${MAX_TOTAL_BYTES / 1024 / 1024} MB），疑似压缩炸弹`);
  }
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export function openPackage(bytes: Uint8Array, fileName: string): OoxmlPackage {
  if (bytes.length === 0) throw unreadable(fileName, '文件是空的');
  if (bytes.length > MAX_FILE_BYTES) throw unreadable(fileName, `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，不像是一份意见反馈`);
  if (startsWith(bytes, OLE_MAGIC)) {
    throw unreadable(fileName, '文件设置了打开密码，或是旧版 .doc/.xls 格式（请先取消密码）');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw unreadable(fileName, '它不是 .docx 或 .xlsx 文件');

  const entries = inIntakeWords(fileName, '', () => listZip(bytes, fileName, 'Word 或 Excel 文件'));
  const byName = new Map(entries.filter((e) => /\.(xml|rels)$/i.test(e.name)).map((e) => [e.name.toLowerCase(), e]));
  const format: PackageFormat | null = byName.has('word/document.xml') ? 'docx' : byName.has('xl/workbook.xml') ? 'xlsx' : null;
  if (!format) throw unreadable(fileName, '压缩包里既没有 Word 文档也没有 Excel 工作簿');
  const kind = format === 'docx' ? 'Word 文档' : 'Excel 工作簿';

  let inflated = 0;
  const read = new Map<string, string>();
  const part = (name: string): string | null => {
    const key = name.toLowerCase();
    const done = read.get(key);
    if (done !== undefined) return done;
    const entry = byName.get(key);
    if (!entry) return null;
    // the total counts what was really inflated, so many small lying parts cannot add up either
    const limit = Math.min(MAX_PART_BYTES, MAX_TOTAL_BYTES - inflated);
    const bytesOfPart = inIntakeWords(fileName, entry.name, () => readZipEntry(bytes, entry, limit, fileName, kind));
    inflated += bytesOfPart.length;
    const text = decodeXml(bytesOfPart);
    read.set(key, text);
    return text;
  };
  return { format, fileName, part };
}
