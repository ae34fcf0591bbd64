// Small Office files that describe enormous work: each is refused (or read within its caps)
// quickly with a Chinese message — by the one zip reader and the capped XML readers shared by
// import, check, compare and returned feedback.
import { describe, expect, it } from 'vitest';
import { parseReturnedFile } from '../../../core/consult/intake/parse.ts';
import { readSheets } from '../../../core/consult/intake/xlsx-sheets.ts';
import { openPackage } from '../../../core/consult/intake/package.ts';
import { readSource } from '../../../core/documents/import/read-source.ts';
import { deflatedRepeat, docx, formRows, W, xlsx } from './hostile-zip.ts';

const GB = 1024 * 1024 * 1024;

/** Runs `f`, expects a Chinese refusal matching `message`, and answers how long it took. */
function refusedWithin(f: () => unknown, message: RegExp): number {
  const t0 = Date.now();
  let error: Error | null = null;
  try {
    f();
  } catch (e) {
    error = e as Error;
  }
  expect(error?.name).toBe('QicaoError');
  expect(error?.message).toMatch(message);
  expect(error?.message).not.toMatch(/Maximum call stack|RangeError|Invalid string length/);
  return Date.now() - t0;
}

describe('one zip reader: sizes checked as inflated', () => {
  const liar = () => docx({ name: 'word/document.xml', deflated: deflatedRepeat(GB), declaredSize: 7 * 1024 });

  it('a .docx declaring 7 KB that inflates to 1 GB is cut at the limit, in feedback and in import', () => {
    const bytes = liar();
    expect(bytes.length).toBeLessThan(8 * 1024 * 1024);
    expect(refusedWithin(() => parseReturnedFile(bytes, '反馈.docx'), /解压后过大.*压缩炸弹/)).toBeLessThan(5000);
    expect(refusedWithin(() => readSource({ name: '起草说明.docx', bytes }), /解压后比声明的 7168 字节大.*压缩炸弹/)).toBeLessThan(5000);
  });
});

describe('XML depth', () => {
  const deep = `<w:document xmlns:w="${W}"><w:body>${'<w:sdt><w:sdtContent>'.repeat(50_000)}${'</w:sdtContent></w:sdt>'.repeat(50_000)}</w:body></w:document>`;

  it('100,000-deep XML is refused at 256 levels at once, in feedback and in import', () => {
    const bytes = docx(deep);
    expect(bytes.length).toBeLessThan(64 * 1024);
    expect(refusedWithin(() => parseReturnedFile(bytes, '反馈.docx'), /嵌套超过 256 层/)).toBeLessThan(2000);
    expect(refusedWithin(() => readSource({ name: '起草说明.docx', bytes }), /嵌套超过 256 层/)).toBeLessThan(2000);
  });

  it('a normal document nested a few dozen deep is still read', () => {
    const nested = `<w:document xmlns:w="${W}"><w:body>${'<w:sdt><w:sdtContent>'.repeat(20)}<w:p><w:r><w:t>一、总体要求</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(20)}</w:body></w:document>`;
    expect(() => readSource({ name: '起草说明.docx', bytes: docx(nested) })).not.toThrow();
  });
});

describe('xlsx caps', () => {
  it('one far-right cell on every row does not widen the rows past the form header', () => {
    const bytes = xlsx(formRows(5000, (i) => `<c r="XFD${i}" t="inlineStr"><is><t>远</t></is></c>`));
    const t0 = Date.now();
    const [sheet] = readSheets(openPackage(bytes, '反馈.xlsx'));
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(sheet.rows).toHaveLength(5001);
    expect(Math.max(...sheet.rows.map((r) => r.length))).toBe(3);
    expect(parseReturnedFile(bytes, '反馈.xlsx').items).toHaveLength(5000);
  });

  it('one 1 MB shared string used 10,000 times is refused', () => {
    const cells = Array.from({ length: 10_000 }, (_, i) => `<row r="${i + 2}"><c r="C${i + 2}" t="s"><v>2</v></c></row>`).join('');
    const bytes = xlsx(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>${cells}`, ['原文', '修改意见', '长'.repeat(1024 * 1024)]);
    expect(bytes.length).toBeLessThan(64 * 1024);
    refusedWithin(() => parseReturnedFile(bytes, '反馈.xlsx'), /超过 32767 个字符/);
  });

  it('shared strings are counted per use: 30,000 characters used 10,000 times is refused', () => {
    const cells = Array.from({ length: 10_000 }, (_, i) => `<row r="${i + 2}"><c r="C${i + 2}" t="s"><v>2</v></c></row>`).join('');
    const bytes = xlsx(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>${cells}`, ['原文', '修改意见', '长'.repeat(30_000)]);
    refusedWithin(() => parseReturnedFile(bytes, '反馈.xlsx'), /文字合计超过 .* 个字符（共用文字按每次使用计）/);
  });

  it('a 400,000-row sheet is a clear Chinese refusal, not a stack overflow', () => {
    const rows = Array.from({ length: 400_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const bytes = xlsx(rows);
    refusedWithin(() => parseReturnedFile(bytes, '反馈.xlsx'), /表格超过 20000 行/);
  });
});
