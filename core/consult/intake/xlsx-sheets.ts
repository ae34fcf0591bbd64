// The cells of every sheet of an .xlsx, as text: shared strings, inline strings, numbers.
// Read from the XML parts directly, through the same capped unzip and DOCTYPE-refusing parser
// as Word files.
import type { OoxmlPackage } from './package.ts';
import { walkXml } from './xml.ts';

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
  walkXml(xml, { fileName: pkg.fileName, part: 'xl/sharedStrings.xml' }, {
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
  });
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
    walkXml(relsXml, { fileName: pkg.fileName, part: 'xl/_rels/workbook.xml.rels' }, {
      open(name, a) {
        if (name === 'Relationship' && a.Id && a.Target) rels.set(a.Id, a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`);
      },
    });
  }
  const sheets: { name: string; path: string }[] = [];
  walkXml(pkg.part('xl/workbook.xml')!, { fileName: pkg.fileName, part: 'xl/workbook.xml' }, {
    open(name, a) {
      // r:id loses its prefix like every attribute: "id"
      if (name === 'sheet') sheets.push({ name: a.name ?? `Sheet${sheets.length + 1}`, path: rels.get(a.id ?? '') ?? `xl/worksheets/sheet${sheets.length + 1}.xml` });
    },
  });
  return sheets;
}

export function readSheets(pkg: OoxmlPackage): Sheet[] {
  const strings = sharedStrings(pkg);
  return sheetPaths(pkg).flatMap(({ name, path }) => {
    const xml = pkg.part(path);
    if (xml === null) return [];
    const rows: string[][] = [];
    let row: string[] | null = null;
    let cell: { col: number; type: string; value: string } | null = null;
    let inValue = false;
    walkXml(xml, { fileName: pkg.fileName, part: path }, {
      open(tag, a) {
        if (tag === 'row') {
          const r = Number(a.r ?? rows.length + 1);
          row = [];
          rows[Number.isInteger(r) && r > 0 && r <= 1_048_576 ? r - 1 : rows.length] = row;
        } else if (tag === 'c' && row) {
          cell = { col: a.r ? columnIndex(a.r) : row.length, type: a.t ?? 'n', value: '' };
        } else if (tag === 'v' || tag === 't') inValue = true;
      },
      close(tag) {
        if (tag === 'v' || tag === 't') inValue = false;
        else if (tag === 'c' && cell && row) {
          const text = cell.type === 's' ? (strings[Number(cell.value)] ?? '') : cell.type === 'b' ? (cell.value === '1' ? 'TRUE' : 'FALSE') : cell.value;
          if (cell.col >= 0 && cell.col < 16_384) row[cell.col] = text;
          cell = null;
        }
      },
      text(t) {
        if (inValue && cell) cell.value += t;
      },
    });
    // rows and cells skipped in the file are empty, not missing
    const dense = Array.from(rows, (r) => Array.from(r ?? [], (c) => c ?? ''));
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
