// The one opener of OOXML packages (.docx and .xlsx are zip files of XML parts), for every
// caller: the importer, the checker, the comparer and the reader of returned feedback. The
// central directory is judged before anything is inflated (./zip.ts); only the parts asked for
// are inflated, each under its limit and all of them together under one total that counts what
// was really inflated, so many small lying parts cannot add up either. Parts are decoded as
// UTF-8 or, with a byte order mark, UTF-16.
import { PACKAGE_LIMITS } from './limits.ts';
import { decodeXml } from './xml.ts';
import { listZip, readZipEntry, type ZipKind } from './zip.ts';

export type PackageFormat = 'docx' | 'xlsx';

export interface OoxmlPackage {
  /** 'docx' with word/document.xml, 'xlsx' with xl/workbook.xml, otherwise null. */
  format: PackageFormat | null;
  fileName: string;
  /** Every entry's name as the zip spells it. */
  names: string[];
  /** The part's text (found regardless of case), or null when the package has no such part. */
  part(name: string, limit?: number): string | null;
}

export function openPackage(bytes: Uint8Array, fileName: string, kind: ZipKind = 'Word 文档'): OoxmlPackage {
  const entries = listZip(bytes, fileName, kind);
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  const format: PackageFormat | null = byName.has('word/document.xml') ? 'docx' : byName.has('xl/workbook.xml') ? 'xlsx' : null;
  const partKind: ZipKind = format === 'xlsx' ? 'Excel 工作簿' : format === 'docx' ? 'Word 文档' : kind;
  let inflated = 0;
  const read = new Map<string, string>();
  return {
    format,
    fileName,
    names: entries.map((e) => e.name),
    part(name, limit = PACKAGE_LIMITS.partBytes) {
      const key = name.toLowerCase();
      const done = read.get(key);
      if (done !== undefined) return done;
      const entry = byName.get(key);
      if (!entry) return null;
      const bytesOfPart = readZipEntry(bytes, entry, Math.min(limit, PACKAGE_LIMITS.totalBytes - inflated), fileName, partKind);
      inflated += bytesOfPart.length;
      const text = decodeXml(bytesOfPart);
      read.set(key, text);
      return text;
    },
  };
}
