// A returned file → what the unit said. Nothing here touches the plan file: a file that cannot
// be read is refused before anything is stored.
import { QicaoError } from '../../errors.ts';
import { readDocxItems } from './docx-items.ts';
import { findFormTable, formItems, readHeader, saysNoObjection } from './form.ts';
import { openPackage } from './package.ts';
import type { FormHeader, ParsedFeedback, RawItem } from './raw-item.ts';
import { excelSerialDate, readSheets } from './xlsx-sheets.ts';

function nothingFound(fileName: string, what: string): QicaoError {
  return new QicaoError(
    'bad-input',
    `“${fileName}”中没有找到${what}，也没有写明“无意见”，未导入。如是来函正文，请在“征求意见”中用“录入意见”逐条录入；如该单位无意见，请将其标记为无意见。`,
  );
}

/** Items per returned file: the 10,000-comment file a big consultation can bring, and room over it. */
export const MAX_ITEMS = 20_000;

/** Appends without spreading (a spread of 400,000 items overflows the stack), within MAX_ITEMS. */
function addItems(items: RawItem[], more: RawItem[], fileName: string): void {
  if (items.length + more.length > MAX_ITEMS) {
    throw new QicaoError('bad-input', `“${fileName}”中的意见超过 ${MAX_ITEMS} 条，远超正常的意见反馈，未导入；请确认选对了文件，或把它拆成几个文件。`);
  }
  for (const item of more) items.push(item);
}

function parseDocx(pkg: ReturnType<typeof openPackage>): ParsedFeedback {
  const { scan, items: found } = readDocxItems(pkg);
  const items: RawItem[] = [];
  addItems(items, found, pkg.fileName);
  let formFound = false;
  let noObjectionRows = 0;
  scan.tables.forEach((rows, i) => {
    const table = findFormTable(rows);
    if (!table) return;
    formFound = true;
    const read = formItems(table, scan.tables.length > 1 ? `table${i + 1}:` : '');
    addItems(items, read.items, pkg.fileName);
    noObjectionRows += read.noObjectionRows;
  });
  const header = readHeader(scan.chunks);
  if (items.length > 0) return { format: 'docx', items, header, noObjection: false };
  // an empty form, a form row saying 无意见, or a letter saying so
  if (formFound || noObjectionRows > 0 || scan.chunks.some(saysNoObjection)) return { format: 'docx', items, header, noObjection: true };
  throw nothingFound(pkg.fileName, ' Word 批注、修订或意见反馈表');
}

function parseXlsx(pkg: ReturnType<typeof openPackage>): ParsedFeedback {
  const sheets = readSheets(pkg);
  const items: RawItem[] = [];
  let header: FormHeader = { unit: '', contact: '', phone: '', date: '' };
  let formFound = false;
  let noObjectionRows = 0;
  for (const sheet of sheets) {
    const table = findFormTable(sheet.rows);
    if (!table) continue;
    formFound = true;
    const read = formItems(table, sheets.length > 1 ? `${sheet.name}!` : '');
    addItems(items, read.items, pkg.fileName);
    noObjectionRows += read.noObjectionRows;
    if (header.unit === '' && header.contact === '') header = readHeader(sheet.rows.slice(0, table.firstRow - 1).flat());
  }
  header.date = excelSerialDate(header.date) ?? header.date;
  if (items.length > 0) return { format: 'xlsx', items, header, noObjection: false };
  if (formFound || noObjectionRows > 0 || sheets.some((s) => s.rows.flat().some(saysNoObjection))) {
    return { format: 'xlsx', items, header, noObjection: true };
  }
  throw nothingFound(pkg.fileName, '意见反馈表（需有“修改意见”或“意见内容”列）');
}

/**
 * Characters one returned file may store (its items' 原文, 意见, 理由, 章节 and context): 10,000
 * comments of 400 characters. A spreadsheet can repeat one long shared string in every cell, so
 * 9 KB grew the plan by 46 MB on each import; such a file is refused before anything is stored.
 */
export const MAX_STORED_CHARS = 4_000_000;

function storedChars(item: RawItem): number {
  const context = item.context ? item.context.before.length + item.context.after.length : 0;
  return item.quote.length + item.text.length + item.reason.length + item.section.length + item.author.length + context;
}

function assertStorable(parsed: ParsedFeedback, fileName: string): ParsedFeedback {
  let chars = 0;
  for (const item of parsed.items) chars += storedChars(item);
  if (chars > MAX_STORED_CHARS) {
    throw new QicaoError(
      'bad-input',
      `“${fileName}”中的意见共约 ${Math.round(chars / 10_000)} 万字，超过一次导入的上限（${MAX_STORED_CHARS / 10_000} 万字），未导入，计划文件没有改动。请确认选对了文件；如确是意见，请把它拆成几个文件分别导入。`,
    );
  }
  return parsed;
}

export function parseReturnedFile(bytes: Uint8Array, fileName: string): ParsedFeedback {
  const pkg = openPackage(bytes, fileName);
  return assertStorable(pkg.format === 'docx' ? parseDocx(pkg) : parseXlsx(pkg), fileName);
}
