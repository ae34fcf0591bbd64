// Small hostile Office files, built byte by byte: a zip whose entry lies about its size, XML
// nested far deeper than any editor writes, spreadsheets that describe huge grids.
import { deflateSync } from 'fflate';

export interface RawEntry {
  name: string;
  /** raw deflate data */
  deflated: Uint8Array;
  /** the size the zip's headers claim once inflated */
  declaredSize: number;
}

const enc = new TextEncoder();

export function entry(name: string, text: string): RawEntry {
  const bytes = enc.encode(text);
  return { name, deflated: deflateSync(bytes), declaredSize: bytes.length };
}

/** A zip of the entries, method 8 (deflate), sizes as declared (CRC left 0: nothing here checks it). */
export function zip(entries: RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, 8, true);
    local.setUint32(18, e.deflated.length, true);
    local.setUint32(22, e.declaredSize, true);
    local.setUint16(26, name.length, true);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    cd.setUint16(10, 8, true);
    cd.setUint32(20, e.deflated.length, true);
    cd.setUint32(24, e.declaredSize, true);
    cd.setUint16(28, name.length, true);
    cd.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), name, e.deflated);
    central.push(new Uint8Array(cd.buffer), name);
    offset += 30 + name.length + e.deflated.length;
  }
  const cdSize = central.reduce((n, p) => n + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Raw deflate of `size` bytes of "<" built by hand (one fixed-Huffman block: a literal, then
 * back-references of 258 bytes at distance 1), so a gigabyte costs a few megabytes and no time.
 */
export function deflatedRepeat(size: number): Uint8Array {
  const refs = Math.floor((size - 1) / 258);
  const out = new Uint8Array(Math.ceil((3 + 8 + refs * 13 + 7) / 8) + 1);
  let bit = 0;
  const put = (value: number, bits: number, msbFirst: boolean) => {
    for (let i = 0; i < bits; i++) {
      const b = msbFirst ? (value >> (bits - 1 - i)) & 1 : (value >> i) & 1;
      if (b) out[bit >> 3] |= 1 << (bit & 7);
      bit++;
    }
  };
  put(1, 1, false); // BFINAL
  put(1, 2, false); // fixed Huffman
  put(0x30 + 0x3c, 8, true); // literal "<"
  for (let i = 0; i < refs; i++) {
    put(0xc5, 8, true); // length 258 (code 285)
    put(0, 5, true); // distance 1
  }
  put(0, 7, true); // end of block
  return out.subarray(0, Math.ceil(bit / 8));
}

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** A .docx whose word/document.xml is `document` (an entry or its text). */
export function docx(document: string | RawEntry): Uint8Array {
  return zip([entry('[Content_Types].xml', CONTENT_TYPES), typeof document === 'string' ? entry('word/document.xml', document) : document]);
}

/** A .xlsx with one sheet (its <sheetData> inner XML) and optional shared strings. */
export function xlsx(sheetData: string, shared: string[] = []): Uint8Array {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const r = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zip([
    entry('[Content_Types].xml', CONTENT_TYPES),
    entry('xl/workbook.xml', `<workbook xmlns="${ns}" xmlns:r="${r}"><sheets><sheet name="意见" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    entry(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${r}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    entry('xl/sharedStrings.xml', `<sst xmlns="${ns}">${shared.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`),
    entry('xl/worksheets/sheet1.xml', `<worksheet xmlns="${ns}"><sheetData>${sheetData}</sheetData></worksheet>`),
  ]);
}

/** The 意见反馈表 header row and `n` body rows, inline strings. */
export function formRows(n: number, extra: (i: number) => string = () => ''): string {
  const c = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  let rows = `<row r="1">${c('A1', '序号')}${c('B1', '原文')}${c('C1', '修改意见')}</row>`;
  for (let i = 2; i <= n + 1; i++) rows += `<row r="${i}">${c(`A${i}`, String(i - 1))}${c(`B${i}`, '原文')}${c(`C${i}`, `第${i - 1}条意见`)}${extra(i)}</row>`;
  return rows;
}
