// The 意见反馈表, whether a Word table or an Excel sheet: columns are found by their header
// names, not their position (units add, drop and rename columns), and the header fields
// 反馈单位 / 联系人 / 电话 / 日期 are read wherever the unit filled them in.
import type { FormHeader, RawItem } from './raw-item.ts';

export type FormColumn = 'index' | 'section' | 'quote' | 'opinion' | 'reason';

/** Header text without spaces and separators: "章节 / 条款" → "章节条款". */
const squeeze = (s: string) => s.replace(/[\s/／、（）()：:*＊]/g, '');

export function columnOf(header: string): FormColumn | null {
  const h = squeeze(header);
  if (h === '') return null;
  if (/^序号|^编号$/.test(h)) return 'index';
  if (/理由|依据/.test(h)) return 'reason';
  if (/意见|建议/.test(h)) return 'opinion';
  if (/原文|原表述|原内容|原稿/.test(h)) return 'quote';
  if (/章节|条款|页码|位置|所在/.test(h)) return 'section';
  return null;
}

export interface FormTable {
  columns: Map<FormColumn, number>;
  headers: string[];
  /** Rows under the header, cells as text. */
  rows: string[][];
  /** Row number of the first body row (for stable source keys). */
  firstRow: number;
}

/** The first row that names an opinion column is the header; the table is a form only then. */
export function findFormTable(rows: string[][]): FormTable | null {
  for (let r = 0; r < rows.length; r++) {
    const columns = new Map<FormColumn, number>();
    rows[r].forEach((cell, c) => {
      const col = columnOf(cell);
      if (col && !columns.has(col)) columns.set(col, c);
    });
    if (columns.has('opinion') && columns.size >= 2) return { columns, headers: rows[r], rows: rows.slice(r + 1), firstRow: r + 1 };
  }
  return null;
}

/** "无意见", "无修改意见", "没有意见", "无异议" — but not "有无意见" (the request itself). */
const NO_OBJECTION = /(?<!有)(?:无|没有)(?:修改|其他|其它|不同|任何|相关)?(?:意见|建议|异议)|^无$/;

export function saysNoObjection(text: string): boolean {
  return NO_OBJECTION.test(text.replace(/\s/g, ''));
}

export interface FormRead {
  items: RawItem[];
  /** Rows that only say 无意见. */
  noObjectionRows: number;
}

export function formItems(table: FormTable, keyPrefix: string): FormRead {
  const cell = (row: string[], col: FormColumn) => {
    const i = table.columns.get(col);
    return i === undefined ? '' : (row[i] ?? '').trim();
  };
  const items: RawItem[] = [];
  let noObjectionRows = 0;
  table.rows.forEach((row, i) => {
    const section = cell(row, 'section');
    const quote = cell(row, 'quote');
    const opinion = cell(row, 'opinion');
    const reason = cell(row, 'reason');
    // columns the form did not have (备注, 联系人 …) are kept, so nothing the unit wrote is lost
    const known = new Set(table.columns.values());
    const extra = row
      .map((v, c) => (known.has(c) || v.trim() === '' ? '' : `${table.headers[c]?.trim() || '其他'}：${v.trim()}`))
      .filter(Boolean)
      .join('；');
    if (section === '' && quote === '' && opinion === '' && reason === '' && extra === '') return; // a blank row, perhaps numbered
    if (section === '' && quote === '' && reason === '' && extra === '' && saysNoObjection(opinion) && opinion.length <= 12) {
      noObjectionRows += 1;
      return;
    }
    items.push({
      sourceKey: `${keyPrefix}row:${table.firstRow + i + 1}`,
      kind: 'form-row',
      quote,
      text: extra === '' ? opinion : opinion === '' ? extra : `${opinion}（${extra}）`,
      reason,
      section,
      author: '',
      date: null,
      context: null,
      bookmark: null,
      near: '',
    });
  });
  return { items, noObjectionRows };
}

const FIELD_LABELS: [keyof FormHeader, RegExp][] = [
  ['unit', /^(?:反馈单位|填报单位|单位名称|单位)$/],
  ['contact', /^(?:联系人|经办人|填报人)$/],
  ['phone', /^(?:联系电话|电话|手机)$/],
  ['date', /^(?:反馈日期|填报日期|日期)$/],
];
// "反馈单位（盖章）：" — a form asks for the seal right after the label
const SEAL = '(?:[（(]\\s*(?:盖章|公章|签章|签字)\\s*[）)])?';
const LABELS = `(反馈单位|填报单位|单位名称|联系人|经办人|填报人|联系电话|电话|手机|反馈日期|填报日期|日期)\\s*${SEAL}\\s*[:：]`;
const LABEL_IN_TEXT = new RegExp(LABELS, 'g');
const HAS_LABEL = new RegExp(LABELS);

function fieldOf(label: string): keyof FormHeader | null {
  const clean = label.replace(/[\s:：]/g, '').replace(/[（(](?:盖章|公章|签章|签字)[）)]/, '');
  return FIELD_LABELS.find(([, re]) => re.test(clean))?.[0] ?? null;
}

/**
 * Header fields from text chunks in order (paragraphs and cells): "反馈单位：区水务局 联系人：张三"
 * in one chunk, or a label cell followed by its value cell.
 */
export function readHeader(chunks: string[]): FormHeader {
  const header: FormHeader = { unit: '', contact: '', phone: '', date: '' };
  const set = (field: keyof FormHeader, value: string) => {
    const v = value.replace(/^[\s_＿]+|(?<![\s_＿])[\s_＿]+$/g, '');
    if (v !== '' && header[field] === '') header[field] = v;
  };
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i].trim();
    const alone = fieldOf(chunk);
    if (alone) {
      const next = chunks[i + 1]?.trim() ?? '';
      if (next !== '' && fieldOf(next) === null && !HAS_LABEL.test(next)) set(alone, next);
      continue;
    }
    const labels = [...chunk.matchAll(LABEL_IN_TEXT)];
    labels.forEach((m, k) => {
      const field = fieldOf(m[1]);
      const start = m.index! + m[0].length;
      const end = k + 1 < labels.length ? labels[k + 1].index! : chunk.length;
      if (field) set(field, chunk.slice(start, end));
    });
  }
  return header;
}
