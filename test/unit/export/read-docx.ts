// Writes an export to a temp dir and reads it back with python-docx (read_docx.py), the way an
// independent consumer sees the file. Debian's python3-docx lives under /usr/bin/python3 only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'read_docx.py');

export interface RunInfo {
  text: string;
  eastAsia: string | null;
  ascii: string | null;
  hAnsi: string | null;
  cs: string | null;
  sizePt: number | null;
  bold: boolean;
  charSpacing: string | null;
}
export interface ParagraphInfo {
  text: string;
  style: string | null;
  alignment: string | null;
  indent: Record<string, string> | null;
  spacing: Record<string, string> | null;
  runs: RunInfo[];
}
export interface FooterInfo {
  linked: boolean;
  hasPageField: boolean;
  text: string;
  paragraphs: ParagraphInfo[];
}
export interface SectionInfo {
  pgSz: Record<string, string>;
  pgMar: Record<string, string>;
  docGrid: Record<string, string> | null;
  emu: Record<'width' | 'height' | 'top' | 'bottom' | 'left' | 'right', number>;
  orientation: 'portrait' | 'landscape';
  defaultFooter: FooterInfo;
  evenFooter: FooterInfo;
}
export interface CellInfo {
  text: string;
  vMerge: 'restart' | 'continue' | null;
  eastAsia: string | null;
}
export interface DocxInfo {
  sections: SectionInfo[];
  settings: { evenAndOddHeaders: boolean };
  paragraphs: ParagraphInfo[];
  tables: { rows: { header: boolean; cells: CellInfo[] }[] }[];
  bookmarks: Record<string, string>;
  defaultsEastAsia: (string | null)[];
}

export const outDir = (): string => mkdtempSync(path.join(tmpdir(), 'qicao-export-'));

export function writeDocx(buffer: Buffer, name: string, dir = outDir()): string {
  const file = path.join(dir, name);
  writeFileSync(file, buffer);
  return file;
}

export function readDocx(file: string): DocxInfo {
  const json = execFileSync('/usr/bin/python3', [SCRIPT, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(json) as DocxInfo;
}

/** Reads an export back and removes the temp copy: nothing piles up in /tmp across runs. */
export async function exportAndRead(buffer: Promise<Buffer>, name: string): Promise<DocxInfo> {
  const dir = outDir();
  try {
    return readDocx(writeDocx(await buffer, name, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
