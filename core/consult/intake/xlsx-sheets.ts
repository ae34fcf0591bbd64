// The cells of every sheet of an .xlsx, as text: shared strings, inline strings, numbers.
// Read from the XML parts directly, through the same capped unzip and DOCTYPE-refusing parser
// as Word files.
//
// Caps, because a small .xlsx can describe a huge grid: cells far to the right are kept only up
// to the form header's width (one far-right cell on every row would otherwise make every row
// 16,384 cells wide), a cell holds at most what Excel allows (32,767 characters), a shared
// string is counted each time a cell uses it (one 1 MB string used 10,000 times is 10 GB of
// text, not 1 MB), and rows and text per file are bounded.
import { columnOf } from './form.ts';
import type { OoxmlPackage } from './package.ts';
import { unreadable, walkXml } from './xml.ts';

/** Excel's own limit for one cell. */
export const MAX_CELL_CHARS = 32_767;
/** Rows per file: a returned 意见反馈表 has dozens, a big one hundreds. */
export const MAX_ROWS = 20_000;
/** Text of all cells of a file, shared strings counted per use. */
export const MAX_FILE_CHARS = 16 * 1024 * 1024;
/** Width kept for a sheet without a recognisable form header. */
const FALLBACK_WIDTH = 64;

export interface Sheet {
  name: string;
  rows: string[][];
}

function sharedStrings(pkg: OoxmlPackage): string[] {
  const xml = pkg.part('xl/sharedStrings.xml');
  if (xml === null) return [];
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0; // rPh runs hold furigana, not cell text
  walkXml(
    xml,
    { fileName: pkg.fileName, part: 'xl/sharedStrings.xml' },
    {
      open(name) {
        if (name === 'si') current = '';
        else if (name === 'rPh') phonetic += 1;
        else if (name === 't') inText = true;
      },
      close(name) {
        if (name === 'si' && current !== null) {
          strings.push(current);
          current = null;
        } else if (name === 'rPh') phonetic -= 1;
        else if (name === 't') inText = false;
      },
      text(t) {
        if (inText && phonetic === 0 && current !== null) current += t;
      },
    },
  );
  return strings;
}

/** "AB12" → 27 (0-based column). */
function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/i.exec(ref)?.[0].toUpperCase() ?? '';
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function sheetPaths(pkg: OoxmlPackage): { name: string; path: string }[] {
  const rels = new Map<string, string>();
  const relsXml = pkg.part('xl/_rels/workbook.xml.rels');
  if (relsXml !== null) {
    walkXml(
      relsXml,
      { fileName: pkg.fileName, part: 'xl/_rels/workbook.xml.rels' },
      {
        open(name, a) {
          if (name === 'Relationship' && a.Id && a.Target) rels.set(a.Id, a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`);
        },
      },
    );
  }
  const sheets: { name: string; path: string }[] = [];
  walkXml(
    pkg.part('xl/workbook.xml')!,
    { fileName: pkg.fileName, part: 'xl/workbook.xml' },
    {
      open(name, a) {
        // r:id loses its prefix like every attribute: "id"
        if (name === 'sheet') sheets.push({ name: a.name ?? `Sheet${sheets.length + 1}`, path: rels.get(a.id ?? '') ?? `xl/worksheets/sheet${sheets.length + 1}.xml` });
      },
    },
  );
  return sheets;
}

/** The form header's width: the first row naming an opinion column and one more (as findFormTable). */
function headerWidth(rows: (string[] | undefined)[]): number {
  for (const row of rows) {
    if (!row) continue;
    let last = -1;
    const found = new Set<string>();
    row.forEach((cell, c) => {
      const col = columnOf(cell);
      if (col) found.add(col);
      if (cell.trim() !== '') last = c;
    });
    if (found.has('opinion') && found.size >= 2) return last + 1;
  }
  return FALLBACK_WIDTH;
}

export function readSheets(pkg: OoxmlPackage): Sheet[] {
  const strings = sharedStrings(pkg);
  let fileChars = 0;
  let fileRows = 0;
  const tooMuch = (what: string) => unreadable(pkg.fileName, `${what}，远超正常的意见反馈表`);
  return sheetPaths(pkg).flatMap(({ name, path }) => {
    const xml = pkg.part(path);
    if (xml === null) return [];
    const rows: string[][] = [];
    let row: string[] | null = null;
    let cell: { col: number; type: string; value: string } | null = null;
    let inValue = false;
    walkXml(
      xml,
      { fileName: pkg.fileName, part: path },
      {
        open(tag, a) {
          if (tag === 'row') {
            const r = Number(a.r ?? rows.length + 1);
            if (++fileRows > MAX_ROWS || (Number.isInteger(r) && r > MAX_ROWS)) throw tooMuch(`表格超过 ${MAX_ROWS} 行`);
            row = [];
            rows[Number.isInteger(r) && r > 0 ? r - 1 : rows.length] = row;
          } else if (tag === 'c' && row) {
            cell = { col: a.r ? columnIndex(a.r) : row.length, type: a.t ?? 'n', value: '' };
          } else if (tag === 'v' || tag === 't') inValue = true;
        },
        close(tag) {
          if (tag === 'v' || tag === 't') inValue = false;
          else if (tag === 'c' && cell && row) {
            const text = cell.type === 's' ? (strings[Number(cell.value)] ?? '') : cell.type === 'b' ? (cell.value === '1' ? 'TRUE' : 'FALSE') : cell.value;
            if (text.length > MAX_CELL_CHARS) throw tooMuch(`单元格 ${name}!${cell.col + 1} 列的文字超过 ${MAX_CELL_CHARS} 个字符（Excel 的上限）`);
            if ((fileChars += text.length) > MAX_FILE_CHARS) throw tooMuch(`单元格文字合计超过 ${MAX_FILE_CHARS} 个字符（共用文字按每次使用计）`);
            if (cell.col >= 0 && cell.col < 16_384) row[cell.col] = text;
            cell = null;
          }
        },
        text(t) {
          if (inValue && cell && (cell.value += t).length > MAX_CELL_CHARS) throw tooMuch(`有单元格的文字超过 ${MAX_CELL_CHARS} 个字符（Excel 的上限）`);
        },
      },
    );
    // rows and cells skipped in the file are empty, not missing; columns right of the form's
    // header are dropped (the rows are sparse until here, so a far-right cell cost nothing yet)
    const width = headerWidth(rows);
    const dense = Array.from(rows, (r) => Array.from({ length: Math.min(r?.length ?? 0, width) }, (_, c) => r?.[c] ?? ''));
    return [{ name, rows: dense }];
  });
}

/** Excel keeps a date as days since 1899-12-30; a header 日期 cell may hold one. */
export function excelSerialDate(text: string): string | null {
  if (!/^\d{5}(\.\d+)?$/.test(text)) return null;
  const days = Math.floor(Number(text));
  if (days < 30000 || days > 80000) return null;
  const d = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}
