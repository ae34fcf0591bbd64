// A returned progress form → what the unit reported, before it is matched against the plan.
// Read through the consultation intake's capped readers (one zip reader, DOCTYPE-refusing XML,
// row and text limits), in the parse worker (core/workers). Nothing here touches the plan file.
import { QicaoError } from '../../errors.ts';
import { scanDocument } from '../../consult/intake/docx-scan.ts';
import { openPackage } from '../../consult/intake/package.ts';
import { readSheets } from '../../consult/intake/xlsx-sheets.ts';
import { codeId, indicatorFieldOf, measureFieldOf, type IndicatorField, type MeasureField } from '../forms/columns.ts';

export interface ReportedRow {
  /** "sheet!row" / "table1:row": the same file read again finds the same row */
  sourceKey: string;
  /** the id in the 编号 column, null when the column is gone or the cell empty */
  id: number | null;
  text: string;
  progress: string;
  statusText: string;
  completedOn: string;
  problems: string;
}

export interface ReportedValue {
  sourceKey: string;
  id: number | null;
  name: string;
  monthText: string;
  value: number;
}

export interface ParsedProgress {
  format: 'docx' | 'xlsx';
  /** 填报单位 and 调度期 as the form's header says ('' when absent) */
  unit: string;
  period: string;
  /** a letter's last lines (落款), last first: where a Word reply names its unit */
  signature: string[];
  rows: ReportedRow[];
  values: ReportedValue[];
  /** the unit wrote "无变化" (or similar) and reported no row */
  noChange: boolean;
}

/** Rows per file: a unit leads at most a few hundred measures; a 10,000-measure plan's biggest unit fits. */
export const MAX_REPORTED_ROWS = 20_000;
/** Words of the form's own note, which mentions 无变化 itself. */
const FORM_NOTE_MARK = '可直接回复';
const NO_CHANGE = /无变化|无新进展|没有变化|与上期(?:相同|一致)|同上期|无更新|无调整/;
const NOT_SIGNATURE = /^(?:\d{4}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?|[（(]?(?:联系人|联系电话|电话|经办人|附件)[:：])/;

function headerValue(cells: string[], label: RegExp): string {
  for (let i = 0; i < cells.length; i++) {
    const cell = (cells[i] ?? '').trim();
    const inline = new RegExp(`(?:${label.source})\\s*[:：]\\s*([^\\s　：:]+)`).exec(cell);
    if (inline) return inline[1].trim();
    if (label.test(cell) && cell.replace(new RegExp(label.source, 'g'), '').replace(/[:：\s]/g, '') === '') {
      const next = cells.slice(i + 1).find((c) => (c ?? '').trim() !== '');
      if (next) return next.trim();
    }
  }
  return '';
}

function numberOf(text: string): number | null {
  const t = text.replace(/[,，\s]/g, '');
  const m = /^-?\d+(?:\.\d+)?/.exec(t);
  return m ? Number(m[0]) : null;
}

/** The header row of a measures table: names the measure text (or 编号) and the status or progress. */
function measureHeader(rows: string[][]): { at: number; columns: Map<MeasureField, number> } | null {
  for (let r = 0; r < Math.min(rows.length, 30); r++) {
    const row = rows[r];
    if (!row) continue;
    const columns = new Map<MeasureField, number>();
    row.forEach((cell, c) => {
      const f = measureFieldOf(cell ?? '');
      if (f && !columns.has(f)) columns.set(f, c);
    });
    if ((columns.has('text') || columns.has('id')) && (columns.has('status') || columns.has('progress'))) return { at: r, columns };
  }
  return null;
}

function indicatorHeader(rows: string[][]): { at: number; columns: Map<IndicatorField, number> } | null {
  for (let r = 0; r < Math.min(rows.length, 30); r++) {
    const row = rows[r];
    if (!row) continue;
    const columns = new Map<IndicatorField, number>();
    row.forEach((cell, c) => {
      const f = indicatorFieldOf(cell ?? '');
      if (f && !columns.has(f)) columns.set(f, c);
    });
    if ((columns.has('name') || columns.has('id')) && columns.has('value')) return { at: r, columns };
  }
  return null;
}

function readTable(rows: string[][], keyPrefix: string, out: ParsedProgress, fileName: string): boolean {
  const m = measureHeader(rows);
  if (m) {
    const cell = (row: string[], f: MeasureField) => (m.columns.has(f) ? (row[m.columns.get(f)!] ?? '').trim() : '');
    for (let r = m.at + 1; r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      const reported = { progress: cell(row, 'progress'), statusText: cell(row, 'status'), completedOn: cell(row, 'completedOn'), problems: cell(row, 'problems') };
      const text = cell(row, 'text');
      // a row the unit left blank reports nothing; the note under the table is no row either
      if (!reported.progress && !reported.statusText && !reported.completedOn && !reported.problems) continue;
      if (out.rows.length >= MAX_REPORTED_ROWS)
        throw new QicaoError('bad-input', `“${fileName}”中的填报行超过 ${MAX_REPORTED_ROWS} 行，远超正常的调度表，未导入；请确认选对了文件。`);
      out.rows.push({ sourceKey: `${keyPrefix}${r + 1}`, id: codeId(cell(row, 'id'), 'M'), text, ...reported });
    }
    return true;
  }
  const i = indicatorHeader(rows);
  if (i) {
    const cell = (row: string[], f: IndicatorField) => (i.columns.has(f) ? (row[i.columns.get(f)!] ?? '').trim() : '');
    for (let r = i.at + 1; r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      const value = numberOf(cell(row, 'value'));
      if (value === null) continue;
      out.values.push({ sourceKey: `${keyPrefix}${r + 1}`, id: codeId(cell(row, 'id'), 'I'), name: cell(row, 'name'), monthText: cell(row, 'month'), value });
    }
    return true;
  }
  return false;
}

export function parseProgressFile(bytes: Uint8Array, fileName: string): ParsedProgress {
  const pkg = openPackage(bytes, fileName);
  const out: ParsedProgress = { format: pkg.format, unit: '', period: '', signature: [], rows: [], values: [], noChange: false };
  let text: string[];
  let tables = 0;
  if (pkg.format === 'xlsx') {
    const sheets = readSheets(pkg);
    for (const sheet of sheets) {
      // sparse rows and cells (holes where nothing was typed) become empty strings
      const rows = Array.from(sheet.rows, (r) => Array.from(r ?? [], (c) => c ?? ''));
      if (readTable(rows, `${sheet.name}!`, out, fileName)) tables++;
    }
    text = sheets.flatMap((s) => Array.from(s.rows, (r) => Array.from(r ?? [], (c) => c ?? '')).flat());
  } else {
    const scan = scanDocument(pkg.part('word/document.xml')!, fileName);
    scan.tables.forEach((rows, t) => {
      if (readTable(rows, `table${t + 1}:`, out, fileName)) tables++;
    });
    text = scan.chunks;
    const lines = scan.paragraphs.map((p) => (p ?? '').trim()).filter((p) => p !== '');
    out.signature = lines
      .slice(Math.max(1, lines.length - 6))
      .reverse()
      .filter((l) => !NOT_SIGNATURE.test(l) && l.length <= 40);
  }
  out.unit = headerValue(text, /填报单位|报送单位/);
  out.period = headerValue(text, /调度期|报送期间|填报期间/);
  if (out.rows.length === 0 && out.values.length === 0) {
    // the blank form's own note ("…可直接回复“无变化”") is not the unit saying so
    if (text.some((t) => NO_CHANGE.test(t) && !t.includes(FORM_NOTE_MARK))) out.noChange = true;
    else {
      throw new QicaoError(
        'bad-input',
        tables > 0
          ? `“${fileName}”中的调度表没有填写任何进展，也没有写明“无变化”，未导入；请确认选对了文件，或请该单位填写后再报。`
          : `“${fileName}”中没有找到调度表（需有“具体措施”和“完成状态”或“进展情况”列），也没有写明“无变化”，未导入。`,
      );
    }
  }
  return out;
}
