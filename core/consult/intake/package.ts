// Opens a returned file as an OOXML package (.docx / .xlsx are zip files of XML parts), with
// caps against zip bombs: only the XML parts are inflated, each part's declared size and the
// total are capped, and fflate writes into a buffer of the declared size, so a part that
// inflates to more than it declared is cut off (and then fails to parse) instead of filling memory.
import { unzipSync } from 'fflate';
import { decodeXml, unreadable } from './xml.ts';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_PART_BYTES = 32 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
export const MAX_ENTRIES = 5000;
/** XML compresses ten- to thirty-fold; a thousand-fold part of a megabyte or more is a bomb. */
const MAX_RATIO = 1000;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export type PackageFormat = 'docx' | 'xlsx';

export interface OoxmlPackage {
  format: PackageFormat;
  fileName: string;
  /** The part's text, or null when the package has no such part. */
  part(name: string): string | null;
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export function openPackage(bytes: Uint8Array, fileName: string): OoxmlPackage {
  if (bytes.length === 0) throw unreadable(fileName, '文件是空的');
  if (bytes.length > MAX_FILE_BYTES) throw unreadable(fileName, `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，不像是一份意见反馈`);
  if (startsWith(bytes, OLE_MAGIC)) {
    throw unreadable(fileName, '文件设置了打开密码，或是旧版 .doc/.xls 格式（请先取消密码）');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw unreadable(fileName, '它不是 .docx 或 .xlsx 文件');

  let entries = 0;
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(entry) {
        entries += 1;
        if (entries > MAX_ENTRIES) throw unreadable(fileName, `压缩包内文件数超过 ${MAX_ENTRIES} 个`);
        if (!/\.(xml|rels)$/i.test(entry.name)) return false;
        const tooBig = entry.originalSize > MAX_PART_BYTES || (total += entry.originalSize) > MAX_TOTAL_BYTES;
        const bomb = entry.originalSize > 1024 * 1024 && entry.originalSize > entry.size * MAX_RATIO;
        if (tooBig || bomb) throw unreadable(fileName, `其中的 ${entry.name} 解压后过大（声明 ${entry.originalSize} 字节），疑似压缩炸弹`);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof Error && e.name === 'QicaoError') throw e;
    throw unreadable(fileName, '压缩包已损坏或不完整');
  }
  const names = new Map(Object.keys(files).map((n) => [n.toLowerCase(), n]));
  const part = (name: string): string | null => {
    const real = names.get(name.toLowerCase());
    return real === undefined ? null : decodeXml(files[real]);
  };
  if (names.has('word/document.xml')) return { format: 'docx', fileName, part };
  if (names.has('xl/workbook.xml')) return { format: 'xlsx', fileName, part };
  throw unreadable(fileName, '压缩包里既没有 Word 文档也没有 Excel 工作簿');
}
