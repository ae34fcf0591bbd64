// A returned file opened through the app's one OOXML opener (core/ooxml/package.ts), with the
// checks that belong to feedback: a size that fits a 意见反馈, a zip that is a Word document or
// an Excel workbook, and refusals in the words of the other returned-file messages.
import { PACKAGE_LIMITS } from '../../ooxml/limits.ts';
import { FEEDBACK_FILE_MAX_BYTES } from '../../model/consultation.ts';
import { openPackage as openOoxml, type OoxmlPackage as AnyPackage, type PackageFormat } from '../../ooxml/package.ts';
import { ZipRefusal } from '../../ooxml/zip.ts';
import { unreadable } from './xml.ts';

export type { PackageFormat };

export const MAX_FILE_BYTES = FEEDBACK_FILE_MAX_BYTES;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A returned file: always a Word document or an Excel workbook. */
export interface OoxmlPackage extends AnyPackage {
  format: PackageFormat;
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
    const mb = (n: number) => n / 1024 / 1024;
    throw unreadable(fileName, `其中的 ${part || '文件'} 解压后过大（超过 ${mb(PACKAGE_LIMITS.partBytes)} MB 或合计超过 ${mb(PACKAGE_LIMITS.totalBytes)} MB），疑似压缩炸弹`);
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
  const pkg = inIntakeWords(fileName, '', () => openOoxml(bytes, fileName, 'Word 或 Excel 文件'));
  const format = pkg.format;
  if (!format) throw unreadable(fileName, '压缩包里既没有 Word 文档也没有 Excel 工作簿');
  return { ...pkg, format, part: (name) => inIntakeWords(fileName, name, () => pkg.part(name)) };
}
