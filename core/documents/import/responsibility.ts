// Who does a measure and by when, in every shape real plans write it:
//   （牵头单位：区发改委；配合单位：区财政局；完成时限：2024年底前）   field style (our own export)
//   （市生态环境局牵头，市发展和改革局等参与）                          verb style (Chaozhou, Guangzhou)
//   〔X牵头，Y参与，各县区负责落实〕                                      square brackets, implementers
//   （牵头单位：市发改委，实施单位：各区、县（市）政府（管委会），以下工作均需……落实，不再列出）
//                                                                         a rule for the items after it
//   责任单位：区发改局、区市场监管局                                      a line of its own after the item
// Implementers (实施单位, 负责落实) are recorded as 配合单位: the plan has lead and supporting units only.
import { cleanUnitName, isCloseBracket, isOpenBracket, looksLikeUnits, splitOutside, splitUnitNames } from './unit-names.ts';

export interface Responsibility {
  leadUnits: string[];
  supportUnits: string[];
  /** 实施单位 / "各县区负责落实": kept apart so the preview can say so; written as support units. */
  implementers: string[];
  deadline: string;
  /** "以下工作均需……落实，不再列出": the clause, when the phrase applies to the items after it. */
  rule: string | null;
  /** Clauses that named no unit, deadline or rule ("按季度报送进展"), for the drafter to see. */
  unread: string[];
}

type Role = 'lead' | 'support' | 'implement' | 'deadline';

const KEYS: [RegExp, Role][] = [
  [/^(?:牵头(?:责任)?单位|牵头部门|责任单位|责任部门|主责单位|主责部门|主办单位|负责单位|牵头)$/, 'lead'],
  [/^(?:配合单位|配合部门|协办单位|协办部门|参与单位|参与部门|协助单位|协作单位|配合)$/, 'support'],
  [/^(?:实施单位|落实单位|实施主体|责任主体|实施部门)$/, 'implement'],
  [/^(?:完成时限|完成时间|完成期限|时间节点|时间要求|时限|进度安排|计划节点|完成节点)$/, 'deadline'],
];
const KEY_LABEL = /^([\u4e00-\u9fa5]{2,6})[：:]\s*/;

export function roleOfKey(key: string): Role | null {
  const k = key.replace(/\s/g, '');
  for (const [re, role] of KEYS) if (re.test(k)) return role;
  return null;
}

/** "X牵头" "X负责落实" "Y等参与": the verb at the end of a clause says the role. Longest first. */
const VERBS: [RegExp, Role][] = [
  [/^(.+?)(?:负责落实|具体落实|抓好落实|组织落实|负责实施|组织实施|具体实施|按职责落实|落实)$/, 'implement'],
  [/^(.+?)(?:牵头负责|总牵头|牵头|主责|负总责|负责)$/, 'lead'],
  [/^(.+?)(?:共同参与|配合落实|按职责配合|参与|配合|协助|协办)$/, 'support'],
  [/^(.+?)为(?:牵头单位|责任单位|主责单位)$/, 'lead'],
  [/^(.+?)为(?:配合单位|参与单位|协办单位)$/, 'support'],
];

const RULE = /^以下|不再(?:一一|逐项|单独)?(?:列出|列明|重复|列举)|下同$|^同上$/;
const RULE_UNITS = /^以下.*?(?:均需|均由|均请|需由|均要|由)(.+?)(?:负责)?(?:落实|实施|完成|推进)/;
const DEADLINE =
  /^(?:(?:\d{4}|20\d{2})年.*?(?:前|底|内|起|止|完成|开始|持续推进|年度)|(?:\d{1,2}月|年内|年底|年中|上半年|下半年|每年|每季度|每月|长期|持续|常态化)[\u4e00-\u9fa5\d]*)$/;

/** The deadline as the plan records it: "2024年底前完成" → "2024年底前". */
export function cleanDeadline(text: string): string {
  return text.trim().replace(/[。；;，,]+$/, '').replace(/(前|底)完成$/, '$1');
}

function empty(): Responsibility {
  return { leadUnits: [], supportUnits: [], implementers: [], deadline: '', rule: null, unread: [] };
}

const add = (list: string[], units: string[]) => {
  for (const u of units) if (!list.includes(u)) list.push(u);
};

/**
 * The inside of a phrase (without its brackets) read clause by clause, or null when it names no
 * unit and no deadline: "（共3个）" or "（EI）" are part of the measure's text, not a phrase.
 */
export function parseResponsibility(inner: string): Responsibility | null {
  const r = empty();
  let last: Role | null = null;
  let found = false;
  const put = (role: Role, value: string) => {
    if (role === 'deadline') {
      r.deadline = r.deadline ? `${r.deadline}，${cleanDeadline(value)}` : cleanDeadline(value);
      found = true;
      return;
    }
    const units = splitUnitNames(value);
    if (units.length === 0) return;
    add(role === 'lead' ? r.leadUnits : role === 'support' ? r.supportUnits : r.implementers, units);
    found = true;
  };
  for (const clause of splitOutside(inner, '；;，,。')) {
    if (RULE.test(clause)) {
      r.rule = r.rule ? `${r.rule}，${clause}` : clause;
      const m = RULE_UNITS.exec(clause);
      if (m && r.implementers.length === 0) add(r.implementers, splitUnitNames(m[1]));
      last = null;
      continue;
    }
    const key = KEY_LABEL.exec(clause);
    const keyRole = key ? roleOfKey(key[1]) : null;
    if (key && keyRole) {
      put(keyRole, clause.slice(key[0].length));
      last = keyRole;
      continue;
    }
    if (DEADLINE.test(clause)) {
      put('deadline', clause);
      last = null;
      continue;
    }
    const verb = VERBS.find(([re]) => re.test(clause));
    if (verb) {
      put(verb[1], verb[0].exec(clause)![1]);
      last = verb[1];
      continue;
    }
    // "牵头单位：市发改委，市工信局": a clause of names only continues the field before it.
    if (last && last !== 'deadline' && looksLikeUnits(clause)) {
      put(last, clause);
      continue;
    }
    r.unread.push(clause);
  }
  // A phrase of nothing but names ("（区生态环境局、区水务局）") names the lead units.
  if (!found && r.rule === null && looksLikeUnits(inner)) {
    put('lead', inner);
    r.unread = [];
  }
  if (!found && r.rule === null) return null;
  return r;
}

const TAIL_PUNCT = new Set(['。', '；', ';', '，', ',', ' ', '\u3000']);

/**
 * Splits "text（phrase）。" into the text and the phrase: the last bracketed group at the end of
 * the paragraph (brackets inside unit names are matched), or an unbracketed "。牵头单位：…" tail.
 */
export function splitTrailingPhrase(paragraph: string): { text: string; phrase: Responsibility | null; raw: string } {
  const trimmed = paragraph.trimEnd();
  let end = trimmed.length;
  while (end > 0 && TAIL_PUNCT.has(trimmed[end - 1])) end--;
  if (end > 0 && isCloseBracket(trimmed[end - 1])) {
    let depth = 0;
    let open = -1;
    for (let k = end - 1; k >= 0; k--) {
      if (isCloseBracket(trimmed[k])) depth++;
      else if (isOpenBracket(trimmed[k]) && --depth === 0) {
        open = k;
        break;
      }
    }
    if (open >= 0) {
      const phrase = parseResponsibility(trimmed.slice(open + 1, end - 1).trim());
      if (phrase) return { text: tidyText(trimmed.slice(0, open)), phrase, raw: trimmed.slice(open, end) };
    }
  }
  // "……。责任单位：区发改局；完成时限：2024年底前。" written without brackets.
  const m = !/(?:牵头单位|牵头部门|责任单位|责任部门|主责单位)[：:]/.test(trimmed) ? null : /(?:^|[。；;])\s*((?:牵头单位|牵头部门|责任单位|责任部门|主责单位|牵头单位及配合单位)[：:][^。]*)[。；;]?$/.exec(trimmed);
  if (m && m.index > 0) {
    const phrase = parseResponsibility(m[1]);
    if (phrase) return { text: tidyText(trimmed.slice(0, m.index + 1)), phrase, raw: m[1] };
  }
  return { text: paragraph, phrase: null, raw: '' };
}

/** The text before a phrase, without a dangling comma; the sentence's own "。" is kept. */
function tidyText(text: string): string {
  let end = text.length;
  while (end > 0 && ' \u3000\t，,、；;'.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

/**
 * A paragraph that is only a phrase: "责任单位：区发改局、区市场监管局" or "（牵头单位：…）" on a
 * line of its own. It belongs to the item before it (or, as a rule, to the items after it).
 */
export function readPhraseLine(paragraph: string): Responsibility | null {
  const t = paragraph.trim().replace(/[。；;]$/, '');
  if (t === '') return null;
  if (isOpenBracket(t[0]) && isCloseBracket(t[t.length - 1])) {
    // Only when the bracket opened first closes last: "（1）第1项……（牵头单位：…）" is a measure.
    let depth = 0;
    for (let k = 0; k < t.length; k++) {
      if (isOpenBracket(t[k])) depth++;
      else if (isCloseBracket(t[k]) && --depth === 0) return k === t.length - 1 ? parseResponsibility(t.slice(1, -1).trim()) : null;
    }
    return null;
  }
  const key = KEY_LABEL.exec(t);
  if (key && roleOfKey(key[1])) return parseResponsibility(t);
  return null;
}

/** A one-line explanation of what a phrase gave, for the preview and the notes. */
export function describeResponsibility(r: Responsibility): string {
  const parts: string[] = [];
  if (r.leadUnits.length) parts.push(`牵头：${r.leadUnits.join('、')}`);
  if (r.supportUnits.length) parts.push(`配合：${r.supportUnits.join('、')}`);
  if (r.implementers.length) parts.push(`实施（记为配合单位）：${r.implementers.join('、')}`);
  if (r.deadline) parts.push(`时限：${r.deadline}`);
  return parts.join('；');
}

/** Names that fell out of a clause but are not units, for tests and the unit-register check. */
export function isUnitName(name: string): boolean {
  return cleanUnitName(name) === name;
}
