// The blank 意见反馈表 as an Excel sheet, for units that prefer to answer in Excel: the same
// header fields and column names as the Word form, so the intake reads either.
import ExcelJS from 'exceljs';
import { FEEDBACK_BLANK_ROWS, FEEDBACK_COLUMNS, FEEDBACK_FORM_TITLE, type FeedbackFormInfo } from '../documents/export/feedback-form.ts';

const BODY_FONT = { name: '仿宋_GB2312', size: 12 };
const HEAD_FONT = { name: '黑体', size: 12 };
const THIN = { style: 'thin' as const };

export async function exportFeedbackFormXlsx(info: FeedbackFormInfo): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '起草助手';
  const sheet = book.addWorksheet(FEEDBACK_FORM_TITLE, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [{ width: 6 }, { width: 16 }, { width: 40 }, { width: 40 }, { width: 28 }];

  sheet.mergeCells('A1:E1');
  sheet.getCell('A1').value = FEEDBACK_FORM_TITLE;
  sheet.getCell('A1').font = { name: '方正小标宋简体', size: 20 };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.mergeCells('A2:E2');
  sheet.getCell('A2').value = `《${info.planTitle}》`;
  sheet.getCell('A2').font = BODY_FONT;

  // label cell, value cell: a unit types next to the label
  const fields: [string, string, string, string][] = [
    ['A3', '反馈单位', 'B3', info.unit],
    ['C3', '联系人', 'D3', info.contact],
    ['A4', '电话', 'B4', info.phone],
    ['C4', '日期', 'D4', ''],
  ];
  for (const [labelAt, label, valueAt, value] of fields) {
    sheet.getCell(labelAt).value = label;
    sheet.getCell(labelAt).font = HEAD_FONT;
    sheet.getCell(valueAt).value = value;
    sheet.getCell(valueAt).font = BODY_FONT;
  }

  const header = sheet.getRow(6);
  header.values = [...FEEDBACK_COLUMNS];
  header.font = HEAD_FONT;
  header.alignment = { horizontal: 'center', vertical: 'middle' };
  for (let i = 0; i < FEEDBACK_BLANK_ROWS; i++) {
    const row = sheet.getRow(7 + i);
    row.getCell(1).value = i + 1;
    row.font = BODY_FONT;
    row.alignment = { vertical: 'top', wrapText: true };
    row.height = 36;
  }
  for (let r = 6; r < 7 + FEEDBACK_BLANK_ROWS; r++) {
    for (let c = 1; c <= FEEDBACK_COLUMNS.length; c++) sheet.getRow(r).getCell(c).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  }
  const note = sheet.getCell(`A${8 + FEEDBACK_BLANK_ROWS}`);
  sheet.mergeCells(`A${8 + FEEDBACK_BLANK_ROWS}:E${8 + FEEDBACK_BLANK_ROWS}`);
  note.value = `注：请在“章节/条款”栏写明条款序号（如“（三）2.”），在“原文”栏摘录原文；无意见的，请在“修改意见”栏填写“无意见”。${info.due ? `请于${info.due}前反馈。` : ''}`;
  note.font = BODY_FONT;
  sheet.views = [{ state: 'frozen', ySplit: 6 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
