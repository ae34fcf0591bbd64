// The same progress form as a Word document, for units that answer in Word. Word cannot hide
// and lock a column, so the 编号 column is visible and narrow; the intake checks it against the
// measure text anyway.
import { gridTable, subtitleParagraph } from '../../documents/export/feedback-form.ts';
import { textParagraph, textRun, titleParagraph } from '../../documents/export/runs.ts';
import { buildSection, packDocument } from '../../documents/export/section.ts';
import { formatQuantity } from '../../model/indicator-text.ts';
import { FORM_NOTE, FORM_TITLE, INDICATOR_COLUMNS, indicatorCode, measureCode } from './columns.ts';
import { monthLabel, type FormContent } from './form-content.ts';

const WORD_COLUMNS = ['序号', '编号', '具体措施', '完成时限', '进展情况', '完成状态', '完成时间', '存在问题'] as const;
const WORD_WEIGHTS = [4, 6, 30, 9, 22, 9, 8, 12];

export async function exportProgressDocx(form: FormContent): Promise<Buffer> {
  const rows = form.measures.map((m, i) => [String(i + 1), measureCode(m.id), m.text, m.deadline, '', '', '', '']);
  const children = [
    titleParagraph(`${form.period.name}${FORM_TITLE}`, { orientation: 'landscape' }),
    subtitleParagraph(`《${form.planTitle}》`),
    textParagraph([textRun(`填报单位：${form.unit}　调度期：${form.period.name}　联系人：　　　　电话：　　　　`, 'body')]),
    gridTable({ headers: WORD_COLUMNS, weights: WORD_WEIGHTS, rows, centered: [0, 1, 5], orientation: 'landscape', minRowHeight: 560 }),
  ];
  if (form.indicators.length > 0) {
    children.push(textParagraph([textRun(INDICATOR_COLUMNS.length ? '指标完成情况：' : '', 'body')]));
    children.push(
      gridTable({
        headers: INDICATOR_COLUMNS,
        weights: [6, 28, 16, 14, 14, 14],
        rows: form.indicators.map(({ indicator, month }) => [
          indicatorCode(indicator.id),
          indicator.name,
          indicator.unit,
          formatQuantity(indicator.target, indicator.unit),
          monthLabel(month),
          '',
        ]),
        centered: [0, 4],
        orientation: 'landscape',
      }),
    );
  }
  children.push(textParagraph([textRun(`${FORM_NOTE}${form.period.dueDate ? `请于${form.period.dueDate}前报送。` : ''}`, 'body')]));
  return packDocument({ title: FORM_TITLE, sections: [buildSection({ orientation: 'landscape', children })] });
}
