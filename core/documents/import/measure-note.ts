// The trailing （牵头单位：…；配合单位：…；完成时限：…） of a measure, as the plan export and most
// district plans write it. Other names for the same fields (责任单位, 完成时间 …) are read too.
import type { UNIT_KINDS } from '../../model/plan.ts';

type UnitKind = (typeof UNIT_KINDS)[number];

export interface MeasureNote {
  leadUnits: string[];
  supportUnits: string[];
  deadline: string;
}

const FIELD: Record<string, keyof MeasureNote> = {
  牵头单位: 'leadUnits',
  牵头部门: 'leadUnits',
  责任单位: 'leadUnits',
  主责单位: 'leadUnits',
  配合单位: 'supportUnits',
  配合部门: 'supportUnits',
  协办单位: 'supportUnits',
  完成时限: 'deadline',
  完成时间: 'deadline',
  时间节点: 'deadline',
  时限: 'deadline',
};
const KEY = new RegExp(`^(${Object.keys(FIELD).join('|')})[：:]`);

const OPEN = new Set(['（', '(']);
const CLOSE = new Set(['）', ')']);

/**
 * Splits "text（牵头单位：A；完成时限：B）" into the text and the note. The note is the last
 * bracketed group of the paragraph (a final "。" may follow it) whose first item names one of
 * the fields; brackets inside unit names are matched, not mistaken for the end of the note.
 */
export function splitMeasureNote(paragraph: string): { text: string; note: MeasureNote | null } {
  const trimmed = paragraph.trimEnd();
  let end = trimmed.length;
  while (end > 0 && (trimmed[end - 1] === '。' || trimmed[end - 1] === '；')) end--;
  if (end === 0 || !CLOSE.has(trimmed[end - 1])) return { text: paragraph, note: null };
  let depth = 0;
  let open = -1;
  for (let k = end - 1; k >= 0; k--) {
    if (CLOSE.has(trimmed[k])) depth++;
    else if (OPEN.has(trimmed[k]) && --depth === 0) {
      open = k;
      break;
    }
  }
  if (open < 0) return { text: paragraph, note: null };
  const inner = trimmed.slice(open + 1, end - 1).trim();
  if (!KEY.test(inner)) return { text: paragraph, note: null };
  const note: MeasureNote = { leadUnits: [], supportUnits: [], deadline: '' };
  for (const item of splitItems(inner)) {
    const m = KEY.exec(item);
    if (!m) continue;
    const field = FIELD[m[1]];
    const value = item.slice(m[0].length).trim();
    if (field === 'deadline') note.deadline = value;
    else note[field].push(...splitUnits(value));
  }
  return { text: trimmed.slice(0, open).trimEnd(), note };
}

/** Items are separated by "；" (or ";"), outside brackets. */
function splitItems(inner: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < inner.length; k++) {
    const c = inner[k];
    if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c)) depth--;
    else if ((c === '；' || c === ';') && depth === 0) {
      items.push(inner.slice(start, k).trim());
      start = k + 1;
    }
  }
  items.push(inner.slice(start).trim());
  return items.filter((s) => s !== '');
}

// "各镇乡人民政府、街道办事处" is one collective unit, not two: a piece that starts with 各 keeps
// the generic piece after it.
const COLLECTIVE_TAIL = /^(?:街道办事处|街道|乡镇|镇乡|镇街|社区|村委会|办事处)/;

/** "区生态环境局、区城管委" → two units; brackets and the collective "各…、街道办事处" stay whole. */
export function splitUnits(value: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k <= value.length; k++) {
    const c = value[k];
    if (c !== undefined && OPEN.has(c)) depth++;
    else if (c !== undefined && CLOSE.has(c)) depth--;
    else if (c === undefined || ((c === '、' || c === '，' || c === ',') && depth === 0)) {
      pieces.push(value.slice(start, k).trim());
      start = k + 1;
    }
  }
  const units: string[] = [];
  for (const p of pieces) {
    if (p === '') continue;
    const prev = units[units.length - 1];
    if (prev !== undefined && prev.startsWith('各') && COLLECTIVE_TAIL.test(p)) units[units.length - 1] = `${prev}、${p}`;
    else units.push(p);
  }
  return units;
}

/** The registry kind a unit's name suggests: 镇/乡/街道 → 镇乡街道, 区… → 委办局. */
export function unitKindOf(name: string): UnitKind {
  if (/(?:镇|乡|街道|街道办事处|地区办事处)(?:人民政府)?$/.test(name) || /^各镇/.test(name)) return '镇乡街道';
  if (/^区/.test(name)) return '委办局';
  return '其他';
}
