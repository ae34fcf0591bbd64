// The progress form's columns, by name: the writers put these headers, the intake finds the
// columns by them (a unit that deletes or moves a column is still read).
import { PROGRESS_STATUSES, STATUS_LABEL } from '../../model/year.ts';

export const FORM_TITLE = '重点任务进展情况调度表';
export const INDICATOR_SHEET = '指标完成情况';

export const MEASURE_COLUMNS = ['序号', '编号', '部分', '重点任务', '具体措施', '完成时限', '进展情况', '完成状态', '完成时间', '存在问题'] as const;
export const INDICATOR_COLUMNS = ['编号', '指标', '单位', '目标值', '月份', '实际值'] as const;

export type MeasureField = 'id' | 'text' | 'deadline' | 'progress' | 'status' | 'completedOn' | 'problems' | 'seq';
export type IndicatorField = 'id' | 'name' | 'month' | 'value';

/** Header text → field, with the names units use when they retype a table. */
export function measureFieldOf(header: string): MeasureField | null {
  const h = header.replace(/\s/g, '');
  if (h === '编号' || h === '措施编号') return 'id';
  if (h === '序号') return 'seq';
  if (/具体措施|工作措施|措施内容|任务内容/.test(h)) return 'text';
  if (/完成时限|时间节点/.test(h)) return 'deadline';
  if (/进展情况|进展|工作进展/.test(h)) return 'progress';
  if (/完成状态|状态/.test(h)) return 'status';
  if (/完成时间/.test(h)) return 'completedOn';
  if (/存在问题|问题|困难/.test(h)) return 'problems';
  return null;
}

export function indicatorFieldOf(header: string): IndicatorField | null {
  const h = header.replace(/\s/g, '');
  if (h === '编号' || h === '指标编号') return 'id';
  if (h === '指标' || h === '指标名称') return 'name';
  if (h === '月份') return 'month';
  if (/实际值|完成值|监测值/.test(h)) return 'value';
  return null;
}

export const STATUS_CHOICES = PROGRESS_STATUSES.map((s) => STATUS_LABEL[s]);

export const FORM_NOTE = `注：“完成状态”请从${STATUS_CHOICES.join('、')}中选填；已完成的请填写完成时间；请勿增删行或修改“编号”“具体措施”两栏。本期无新进展的，可直接回复“无变化”。`;

/** "M123" in a form's 编号 column: the measure's node id. */
export const measureCode = (id: number) => `M${id}`;
export const indicatorCode = (id: number) => `I${id}`;
export function codeId(text: string, prefix: 'M' | 'I'): number | null {
  const m = new RegExp(`^\\s*${prefix}?(\\d{1,12})\\s*$`, 'i').exec(text);
  return m ? Number(m[1]) : null;
}
