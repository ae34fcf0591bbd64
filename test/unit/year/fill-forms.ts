// Filling the progress forms as units would: in Excel (the answer cells), sorting the visible
// columns without the hidden 编号 column, deleting the 编号 column, or answering in Word "无变化".
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';

export interface Answer {
  status?: string;
  progress?: string;
  completedOn?: string;
  problems?: string;
}

/** The measures sheet's rows as the unit sees them: [row number, 编号, 具体措施]. */
export async function formRows(bytes: Buffer): Promise<{ book: ExcelJS.Workbook; rows: { r: number; code: string; text: string }[] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  const rows: { r: number; code: string; text: string }[] = [];
  sheet.eachRow((row, r) => {
    const code = String(row.getCell(2).value ?? '');
    if (/^M\d+$/.test(code)) rows.push({ r, code, text: String(row.getCell(5).value ?? '') });
  });
  return { book, rows };
}

/** Answers by measure text; `mode` is how the unit mangles the form. */
export async function fillExcel(
  bytes: Buffer,
  answer: (text: string, code: string) => Answer | null,
  options: { mode?: 'plain' | 'sorted-without-ids' | 'id-column-deleted'; indicators?: Record<string, number> } = {},
): Promise<Buffer> {
  const { book, rows } = await formRows(bytes);
  const sheet = book.worksheets[0];
  sheet.unprotect();
  for (const { r, code, text } of rows) {
    const a = answer(text, code);
    if (!a) continue;
    const row = sheet.getRow(r);
    row.getCell(7).value = a.progress ?? '';
    row.getCell(8).value = a.status ?? '';
    row.getCell(9).value = a.completedOn ?? '';
    row.getCell(10).value = a.problems ?? '';
  }
  if (options.mode === 'sorted-without-ids') {
    // the unit sorted the visible columns C:J (reversed) while the hidden 编号 column stayed put
    const visible = rows.map(({ r }) => [3, 4, 5, 6, 7, 8, 9, 10].map((c) => sheet.getRow(r).getCell(c).value));
    visible.reverse();
    rows.forEach(({ r }, i) => [3, 4, 5, 6, 7, 8, 9, 10].forEach((c, k) => (sheet.getRow(r).getCell(c).value = visible[i][k])));
  }
  if (options.mode === 'id-column-deleted') sheet.spliceColumns(2, 1);
  const ind = book.getWorksheet('指标完成情况');
  if (ind && options.indicators) {
    ind.unprotect();
    ind.eachRow((row, r) => {
      if (r === 1) return;
      const key = `${row.getCell(2).value}|${row.getCell(5).value}`;
      if (key in options.indicators!) row.getCell(6).value = options.indicators![key];
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A Word letter: "本期无变化", signed by the unit. */
export async function noChangeLetter(unit: string, period: string): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [new Paragraph(`区生态环境局：`), new Paragraph(`经核查，我单位牵头的各项任务${period}无变化，特此报告。`), new Paragraph(unit), new Paragraph('2024年4月8日')],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
