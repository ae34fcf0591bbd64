// Unit names as plans, tables and the CLI write them: "区生态环境局、区城管委",
// "市发展和改革局等", "各区、县（市）政府（管委会）", "各镇乡人民政府、街道办事处". The one splitter of
// the app (import, consultation rounds, the CLI): only a name is ever returned — never a field
// label ("实施单位：各区"), a clause ("不再列出") or a filler ("等"). Pure: the renderer may use it.
//
// Every pattern here sees user text, so each runs in linear time: no nested quantifiers, and
// fillers are stripped one at a time in a loop instead of by a repeated group.

const OPEN = new Set(['（', '(', '〔', '[', '【', '［', '〖']);
const CLOSE = new Set(['）', ')', '〕', ']', '】', '］', '〗']);

export const isOpenBracket = (c: string | undefined) => c !== undefined && OPEN.has(c);
export const isCloseBracket = (c: string | undefined) => c !== undefined && CLOSE.has(c);

/** Splits `text` on any of `separators` that stand outside brackets. */
export function splitOutside(text: string, separators: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(c)) {
      pieces.push(text.slice(start, k));
      start = k + 1;
    }
  }
  pieces.push(text.slice(start));
  return pieces.map((s) => s.trim()).filter((s) => s !== '');
}

// "各镇乡人民政府、街道办事处" and "各区、县（市）政府（管委会）" are one collective unit each: a
// piece that is only "各" + kinds of division, or that starts with 各 and is followed by a
// generic kind of office, joins the piece after it.
const COLLECTIVE_TAIL = /^(?:街道办事处|街道|乡镇|镇乡|镇街|社区|村委会|办事处)/;
const BARE_DIVISIONS = /^各(?:[区县市镇乡]|县区|区县|镇街|镇乡|乡镇|街道){1,4}$/;
const BARE_DIVISION = /^(?:[区县市镇乡]|县区|街道)(?:[（(][^）)]{0,20}[）)])?$/;
const DIVISION_OFFICE = /^(?:[区县市镇乡]|县区|街道)(?:[（(][^）)]{0,20}[）)])?(?:人民)?政府|^[区县市镇乡](?:[（(][^）)]{0,20}[）)])?(?:管委会|党委)/;

/** Words around a name that are not part of it. */
const LEADING = /^(?:由|请|并由|各自|其中|分别由)/;
// One filler at the end; stripped repeatedly by cleanUnitName (never a repeated group: "负责落实"
// typed twenty times made the old "(?:负责|落实|…)+$" backtrack for a minute).
const TRAILING = /(?:等(?:相关|有关)?(?:部门|单位|成员单位)?|按职责分工|按职责|分别|共同|负责落实|组织实施|负责|牵头|参与|配合|协助|协办|落实|主责)$/;
/** What is never a unit: clauses and labels that slip through when a phrase is oddly written. */
const NOT_A_UNIT = /[：:]|不再|以下|下同|均需|均由|列出|^等$|^各$|^相关$|^有关$|^\d|年[^前底]{0,20}[前底]|^(?:长期|持续)/;
/** A name is short; anything longer is a sentence that landed in a unit slot. */
export const MAX_UNIT_NAME = 40;

/** One name cleaned of the words around it, or '' when nothing of a name is left. */
export function cleanUnitName(raw: string): string {
  let name = raw.trim().replace(/^[，,、；;。\s]+/, '');
  let end = name.length;
  while (end > 0 && '，,、；;。 \t\u3000'.includes(name[end - 1])) end--;
  name = name.slice(0, end).replace(LEADING, '');
  if (name.length > MAX_UNIT_NAME * 4) return '';
  // Trailing fillers may stack ("等部门负责"): strip until none is left, but never the whole name.
  for (let k = 0; k < 8; k++) {
    const stripped = name.replace(TRAILING, '').trim();
    if (stripped === name || stripped === '') break;
    name = stripped;
  }
  if (name.length < 2 || name.length > MAX_UNIT_NAME || NOT_A_UNIT.test(name)) return '';
  return name;
}

/**
 * "区城市管理委、各镇乡人民政府、街道办事处、区商务局" → three units; a collective stays whole and
 * brackets inside a name ("县（市、区）", "区发展改革委（区统计局）") are never split.
 */
export function splitUnitNames(value: string): string[] {
  const pieces = splitOutside(value, '、，,;；/／');
  const joined: string[] = [];
  for (const p of pieces) {
    const prev = joined[joined.length - 1];
    if (prev !== undefined && BARE_DIVISIONS.test(prev) && (DIVISION_OFFICE.test(p) || BARE_DIVISION.test(p))) joined[joined.length - 1] = `${prev}、${p}`;
    else if (prev !== undefined && prev.startsWith('各') && COLLECTIVE_TAIL.test(p)) joined[joined.length - 1] = `${prev}、${p}`;
    else joined.push(p);
  }
  // "各区" alone at the end (nothing followed) is still a unit ("各县区负责落实" → 各县区).
  const units: string[] = [];
  for (const j of joined) {
    const name = cleanUnitName(j);
    if (name && !units.includes(name)) units.push(name);
  }
  return units;
}

/** Offices, divisions and the working bodies plans name (科室, 专班, 工作组, 机关党委). */
export const ORGAN =
  /(?:局|委|委员会|办|办公室|政府|管委会|中心|公司|集团|院|所|队|站|部|厅|署|会|处|科|室|支队|大队|分局|街道|街道办事处|镇|乡|县区|区县|各区|各县|单位|部门|企业|银行|法院|检察院|学校|医院|园区|开发区|专班|工作组|小组|指挥部|党组|工会|团委|妇联|社|社区|村)(?:[（(][^）)]{0,20}[）)])?$/;

/** True when the name ends like an office, a division or a working body. */
export const isOrganName = (name: string) => ORGAN.test(name);

/** True when every piece of `value` reads as a unit (ends like an office or a division). */
export function looksLikeUnits(value: string): boolean {
  const units = splitUnitNames(value);
  return units.length > 0 && units.every(isOrganName);
}

/** The registry kind a unit's name suggests: 镇/乡/街道 → 镇乡街道, 区… → 委办局. */
export function unitKindOf(name: string): '委办局' | '镇乡街道' | '其他' {
  if (/(?:镇|乡|街道|街道办事处|地区办事处)(?:人民政府)?$/.test(name) || /^各镇/.test(name)) return '镇乡街道';
  if (/^区/.test(name)) return '委办局';
  // City and county bureaus in other cities' plans ("市生态环境局", "县发改局（统计局）").
  if (/^[市县]/.test(name) && /(?:局|委|委员会|办公室|办)(?:[（(][^）)]{0,20}[）)])?$/.test(name)) return '委办局';
  return '其他';
}
