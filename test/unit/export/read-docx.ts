// Writes an export to a temp dir and reads it back with python-docx (read_docx.py), the way an
// independent consumer sees the file. Debian's python3-docx lives under /usr/bin/python3 only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'read_docx.py');

/** A run's formatting as Word resolves it: defaults → paragraph style → character style → the run's own. */
export interface RunInfo {
  text: string;
  eastAsia: string | null;
  ascii: string | null;
  hAnsi: string | null;
  cs: string | null;
  sizePt: number | null;
  bold: boolean;
  charSpacing: string | null;
  /** The element names the run writes in its own rPr; [] when everything comes from styles. */
  own: string[];
}
/** A paragraph's layout as Word resolves it: defaults → style and its bases → the paragraph's own. */
export interface ParagraphInfo {
  text: string;
  /** The style's name (公文正文 …), the default paragraph style's when none is named. */
  style: string | null;
  styleId: string | null;
  alignment: string | null;
  indent: Record<string, string> | null;
  spacing: Record<string, string> | null;
  keepNext: boolean;
  /** The element names the paragraph writes in its own pPr besides its style reference. */
  own: string[];
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
  /** Grid columns the cell spans (w:gridSpan), 1 for an ordinary cell. */
  span: number;
  vMerge: 'restart' | 'continue' | null;
  /** The first run's resolved formatting, null in a cell without text. */
  eastAsia: string | null;
  sizePt: number | null;
  bold: boolean | null;
  /** Every run's resolved [ascii, hAnsi, eastAsia, cs]. */
  runFonts: (string | null)[][];
}
/** A style as styles.xml defines it, its own properties only (not its bases'). */
export interface StyleInfo {
  id: string;
  type: 'paragraph' | 'character' | 'table' | 'numbering';
  name: string | null;
  basedOn: string | null;
  default: boolean;
  run: Partial<Pick<RunInfo, 'eastAsia' | 'ascii' | 'hAnsi' | 'cs' | 'sizePt' | 'bold' | 'charSpacing'>>;
  paragraph: { alignment?: string; keepNext?: boolean; widowControl?: boolean; indent?: Record<string, string>; spacing?: Record<string, string> };
}
export interface DocxInfo {
  sections: SectionInfo[];
  settings: { evenAndOddHeaders: boolean };
  paragraphs: ParagraphInfo[];
  /** `widths`: the grid columns in twips; `cantSplit`: the row may not break across pages. */
  tables: { rows: { header: boolean; cantSplit: boolean; cells: CellInfo[] }[]; widths: number[] }[];
  bookmarks: Record<string, string>;
  defaultsEastAsia: (string | null)[];
  defaultParagraphStyle: string | null;
  styles: StyleInfo[];
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
