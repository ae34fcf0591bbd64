// A unit's progress form as an Excel workbook: the measures it leads with 进展情况 / 完成状态
// (a drop-down) / 完成时间 / 存在问题 to fill in, and a second sheet asking the period's monthly
// indicator values. The 编号 column carries each measure's id; it is hidden and the sheet is
// protected with only the answer cells open, so the id stays with its row when the unit types.
import ExcelJS from 'exceljs';
import { formatQuantity } from '../../model/indicator-text.ts';
import { FORM_NOTE, FORM_TITLE, INDICATOR_COLUMNS, INDICATOR_SHEET, MEASURE_COLUMNS, STATUS_CHOICES, indicatorCode, measureCode } from './columns.ts';
import { monthLabel, type FormContent } from './form-content.ts';

const BODY_FONT = { name: '仿宋_GB2312', size: 12 };
const HEAD_FONT = { name: '黑体', size: 12 };
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** First data row of the measures sheet (header on row 5). */
export const FIRST_ROW = 6;
const COMPARATOR_WORD: Record<string, string> = { '<=': '≤', '>=': '≥', '=': '=', '≈': '约' };

export async function exportProgressXlsx(form: FormContent): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '起草助手';
  const sheet = book.addWorksheet(FORM_TITLE, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [6, 8, 14, 24, 48, 14, 40, 14, 14, 30].map((width) => ({ width }));
  sheet.getColumn(2).hidden = true;

  sheet.mergeCells('A1:J1');
  sheet.getCell('A1').value = `${form.period.name}${FORM_TITLE}`;
  sheet.getCell('A1').font = { name: '方正小标宋简体', size: 18 };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.mergeCells('A2:J2');
  sheet.getCell('A2').value = `《${form.planTitle}》`;
  sheet.getCell('A2').font = BODY_FONT;
  const fields: [string, string, string, string, boolean][] = [
    ['A3', '填报单位', 'C3', form.unit, false],
    ['E3', '调度期', 'F3', form.period.name, false],
    ['A4', '联系人', 'C4', '', true],
    ['E4', '电话', 'F4', '', true],
  ];
  for (const [labelAt, label, valueAt, value, open] of fields) {
    sheet.getCell(labelAt).value = label;
    sheet.getCell(labelAt).font = HEAD_FONT;
    sheet.getCell(valueAt).value = value;
    sheet.getCell(valueAt).font = BODY_FONT;
    if (open) sheet.getCell(valueAt).protection = { locked: false };
  }

  const header = sheet.getRow(FIRST_ROW - 1);
  header.values = [...MEASURE_COLUMNS];
  header.font = HEAD_FONT;
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  form.measures.forEach((m, i) => {
    const row = sheet.getRow(FIRST_ROW + i);
    row.values = [i + 1, measureCode(m.id), m.partTitle, m.keyTask, m.text, m.deadline, '', '', '', ''];
    row.font = BODY_FONT;
    row.alignment = { vertical: 'top', wrapText: true };
    for (const c of [7, 8, 9, 10]) row.getCell(c).protection = { locked: false };
    row.getCell(8).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${STATUS_CHOICES.join(',')}"`],
      showErrorMessage: true,
      errorTitle: '完成状态',
      error: `请从下拉列表中选择：${STATUS_CHOICES.join('、')}`,
    };
  });
  for (let r = FIRST_ROW - 1; r < FIRST_ROW + form.measures.length; r++) {
    for (let c = 1; c <= MEASURE_COLUMNS.length; c++) sheet.getRow(r).getCell(c).border = BORDER;
  }
  const noteRow = FIRST_ROW + form.measures.length + 1;
  sheet.mergeCells(`A${noteRow}:J${noteRow}`);
  sheet.getCell(`A${noteRow}`).value = `${FORM_NOTE}${form.period.dueDate ? `请于${form.period.dueDate}前报送。` : ''}`;
  sheet.getCell(`A${noteRow}`).font = BODY_FONT;
  sheet.getCell(`A${noteRow}`).alignment = { wrapText: true };
  sheet.getRow(noteRow).height = 36;
  sheet.views = [{ state: 'frozen', ySplit: FIRST_ROW - 1 }];
  // no password: the protection keeps ids with their rows against slips, not against the unit
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });

  if (form.indicators.length > 0) {
    const ind = book.addWorksheet(INDICATOR_SHEET);
    ind.columns = [8, 28, 18, 16, 14, 14].map((width) => ({ width }));
    ind.getColumn(1).hidden = true;
    const head = ind.getRow(1);
    head.values = [...INDICATOR_COLUMNS];
    head.font = HEAD_FONT;
    form.indicators.forEach(({ indicator, month }, i) => {
      const row = ind.getRow(2 + i);
      row.values = [
        indicatorCode(indicator.id),
        indicator.name,
        indicator.unit,
        `${COMPARATOR_WORD[indicator.comparator] ?? ''}${formatQuantity(indicator.target, indicator.unit)}`,
        monthLabel(month),
        null,
      ];
      row.font = BODY_FONT;
      row.getCell(6).protection = { locked: false };
      row.getCell(6).dataValidation = { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [-1e12], allowBlank: true, showErrorMessage: true, error: '请填写数字' };
    });
    for (let r = 1; r <= form.indicators.length + 1; r++) for (let c = 1; c <= INDICATOR_COLUMNS.length; c++) ind.getRow(r).getCell(c).border = BORDER;
    await ind.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
