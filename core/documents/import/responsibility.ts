// Who does a measure and by when, in every shape real plans write it:
//   （牵头单位：区发改委；配合单位：区财政局；完成时限：2024年底前）   field style (our own export)
//   （市生态环境局牵头，市发展和改革局等参与）                          verb style (Chaozhou, Guangzhou)
//   （区发改委牵头，区财政局、区统计局等部门，各镇街配合）               names before the verb they share
//   〔X牵头，Y参与，各县区负责落实〕 【…】 […] [ … ）]                  any bracket, even mismatched
//   （牵头单位：市发改委，实施单位：各区、县（市）政府（管委会），以下工作均需……落实，不再列出）
//                                                                         a rule for the items after it
//   责任单位：A、B，C、D（排在前位的为牵头单位）                        a convention: who leads
//   （责任领导：副区长；牵头单位：…）                                    a leader's post: not a unit
//   责任单位：区发改局、区市场监管局                                      a line of its own after the item
// Implementers (实施单位, 负责落实) are recorded as 配合单位: the plan has lead and supporting units only.
// 责任单位 is the lead unless the same item names a 牵头单位 (then it is the supporting units) or a
// convention says only the first listed leads.
// Every pattern here sees user text: each runs in linear time (anchored, no nested quantifiers),
// and clauses longer than a phrase ever is are not parsed at all.
import { fieldRoleOf, type FieldRole } from '../../model/column-words.ts';
import { isCloseBracket, isOpenBracket, isOrganName, looksLikeUnits, splitOutside, splitUnitNames } from '../../model/unit-names.ts';

/** Who leads when a list of 责任单位 names several: the first unit, or the first group before "，". */
export type LeadConvention = 'first' | 'firstGroup';

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
  /** The names listed as 责任单位 (already placed in lead or support; kept for merging lines). */
  responsible: string[];
  /** true when a 牵头单位 (or "X牵头") was named explicitly. */
  leadNamed: boolean;
  /** "责任领导：副区长" — posts of people, never units. */
  leaders: string[];
  /** Names in a unit slot that do not end like an office: kept as units, reported for review. */
  doubtful: string[];
  /** How 责任单位 were split into lead and support, for the preview ("排在前位的为牵头单位"). */
  convention: string | null;
}

type Role = FieldRole;

const KEY_LABEL = /^[【\[［]?([\u4e00-\u9fa5]{1,8})[】\]］]?[：:]?\s*/;

export function roleOfKey(key: string): Role | null {
  return fieldRoleOf(key);
}

/** "X牵头" "X负责落实" "Y等参与": the verb at the end of a clause says the role. Longest first. */
const VERBS: [RegExp, Role][] = [
  [/^(.+?)(?:负责落实|具体落实|抓好落实|组织落实|负责实施|组织实施|具体实施|按职责落实|落实)$/, 'implement'],
  [/^(.+?)(?:牵头负责|总牵头|牵头|主责|负总责|负责)$/, 'lead'],
  [/^(.+?)(?:共同参与|配合落实|按职责配合|参与|配合|协助|协办)$/, 'support'],
  [/^(.+?)为(?:牵头单位|主责单位)$/, 'lead'],
  [/^(.+?)为(?:责任单位|责任部门)$/, 'responsible'],
  [/^(.+?)为(?:配合单位|参与单位|协办单位)$/, 'support'],
];

/** "排在前位的为牵头单位", "第一个为牵头单位", "排名第一的为牵头单位": who leads among several. */
const CONVENTION =
  /^(?:[^，。；]{0,20}?)(?:排在?前位|排在?前面|排名?(?:在)?第一|排在?第一位?|排序第一|列第一位?|第一个|第一家|首位|首个|排在首位)(?:的|位的)?(?:单位|部门)?(?:为|是)(?:牵头|主责)(?:单位|部门)?[^，。；]{0,10}$/;
export function conventionOf(clause: string): { kind: LeadConvention; text: string } | null {
  const t = clause.trim();
  if (t.length > 60 || !CONVENTION.test(t)) return null;
  return { kind: /前位|前面/.test(t) ? 'firstGroup' : 'first', text: t };
}

const RULE = /^以下|不再(?:一一|逐项|单独)?(?:列出|列明|重复|列举)|下同$|^同上$/;
const RULE_UNITS = /^以下.{0,40}?(?:均需|均由|均请|需由|均要|由)(.{1,60}?)(?:负责)?(?:落实|实施|完成|推进)/;
const DEADLINE =
  /^(?:(?:\d{4}|20\d{2})年.*?(?:前|底|内|起|止|完成|开始|持续推进|年度)|(?:\d{1,2}月|年内|年底|年中|上半年|下半年|每年|每季度|每月|长期|持续|常态化)[\u4e00-\u9fa5\d]*)$/;
/** No phrase clause is longer: a longer one is prose and is never parsed. */
const MAX_CLAUSE = 300;

/** The deadline as the plan records it: "2024年底前完成" → "2024年底前". */
export function cleanDeadline(text: string): string {
  return text
    .trim()
    .replace(/[。；;，,]+$/, '')
    .replace(/(前|底)完成$/, '$1');
}

function empty(): Responsibility {
  return {
    leadUnits: [],
    supportUnits: [],
    implementers: [],
    deadline: '',
    rule: null,
    unread: [],
    responsible: [],
    leadNamed: false,
    leaders: [],
    doubtful: [],
    convention: null,
  };
}

const add = (list: string[], units: string[]) => {
  for (const u of units) if (!list.includes(u)) list.push(u);
};

/**
 * Places the 责任单位 of a phrase: support when a lead was named, split by the convention when
 * there is one, otherwise all lead. `groups` are the names as written between "，".
 */
function settleResponsible(r: Responsibility, groups: string[][], convention: { kind: LeadConvention; text: string } | null) {
  if (r.responsible.length === 0) return;
  if (r.leadNamed) {
    add(
      r.supportUnits,
      r.responsible.filter((u) => !r.leadUnits.includes(u)),
    );
    r.convention = '同时写明牵头单位时，责任单位记为配合单位';
    return;
  }
  if (convention && r.responsible.length > 1) {
    const leads = convention.kind === 'firstGroup' && groups.length > 1 ? groups[0] : [r.responsible[0]];
    add(r.leadUnits, leads);
    add(
      r.supportUnits,
      r.responsible.filter((u) => !leads.includes(u)),
    );
    r.convention = `按“${convention.text}”：${leads.join('、')}为牵头单位`;
    return;
  }
  add(r.leadUnits, r.responsible);
}

/**
 * The inside of a phrase (without its brackets) read clause by clause, or null when it names no
 * unit and no deadline: "（共3个）" or "（EI）" are part of the measure's text, not a phrase.
 * `convention` is the document's own rule for who leads among several 责任单位.
 */
export function parseResponsibility(phrase: string, documentConvention: { kind: LeadConvention; text: string } | null = null): Responsibility | null {
  if (phrase.length > MAX_CLAUSE * 4) return null;
  // "A、B，C、D（排在前位的为牵头单位）": the convention in the last bracket says how to read the list.
  const trailing = trailingConvention(phrase);
  const inner = trailing ? trailing.rest : phrase;
  if (trailing) documentConvention = trailing.convention;
  const r = empty();
  let last: Role | null = null;
  let lastWasVerb = false;
  let found = false;
  let convention = documentConvention;
  /** Names waiting for the verb after them ("A、B等部门，C配合"). */
  let waiting: string[] = [];
  const groups: string[][] = [];
  const put = (role: Role, value: string) => {
    if (role === 'deadline') {
      r.deadline = r.deadline ? `${r.deadline}，${cleanDeadline(value)}` : cleanDeadline(value);
      found = true;
      return;
    }
    const units = splitUnitNames(value);
    if (units.length === 0) return;
    for (const u of units) if (!isOrganName(u) && !r.doubtful.includes(u)) r.doubtful.push(u);
    if (role === 'lead') r.leadNamed = true;
    if (role === 'responsible') groups.push(units);
    add(role === 'lead' ? r.leadUnits : role === 'support' ? r.supportUnits : role === 'responsible' ? r.responsible : r.implementers, units);
    found = true;
  };
  for (const clause of splitOutside(inner, '；;，,。')) {
    if (clause.length > MAX_CLAUSE) {
      r.unread.push(clause);
      continue;
    }
    const conv = conventionOf(clause);
    if (conv) {
      convention = conv;
      found = true;
      continue;
    }
    if (RULE.test(clause)) {
      r.rule = r.rule ? `${r.rule}，${clause}` : clause;
      const m = RULE_UNITS.exec(clause);
      if (m && r.implementers.length === 0) add(r.implementers, splitUnitNames(m[1]));
      last = null;
      continue;
    }
    const key = KEY_LABEL.exec(clause);
    const keyRole = key ? roleOfKey(key[1]) : null;
    if (key && keyRole && (key[0].includes('：') || key[0].includes(':') || /[】\]］]/.test(key[0]))) {
      if (keyRole === 'leader') {
        add(r.leaders, [clause]);
        found = true;
        last = 'leader';
        continue;
      }
      put(keyRole, clause.slice(key[0].length));
      last = keyRole;
      lastWasVerb = false;
      continue;
    }
    if (DEADLINE.test(clause)) {
      put('deadline', clause);
      last = null;
      continue;
    }
    const verb = VERBS.find(([re]) => re.test(clause));
    if (verb) {
      if (waiting.length) put(verb[1], waiting.join('、'));
      waiting = [];
      put(verb[1], verb[0].exec(clause)![1]);
      last = verb[1];
      lastWasVerb = true;
      continue;
    }
    // "牵头单位：市发改委，市工信局": a clause of names only continues the field before it; after
    // a verb ("X牵头，A、B等部门，C配合") the names wait for the next verb.
    if (last && last !== 'deadline' && last !== 'leader' && looksLikeUnits(clause)) {
      if (lastWasVerb) waiting.push(clause);
      else put(last, clause);
      continue;
    }
    r.unread.push(clause);
  }
  if (waiting.length && last) put(last, waiting.join('、'));
  // A phrase of nothing but names ("（区生态环境局、区水务局）") names the lead units.
  if (!found && r.rule === null && looksLikeUnits(inner)) {
    put('lead', inner);
    r.unread = [];
  }
  if (!found && r.rule === null) return null;
  settleResponsible(r, groups, convention);
  if (convention && !r.convention && r.responsible.length === 0 && documentConvention === null) r.convention = convention.text;
  return r;
}

const TAIL_PUNCT = new Set(['。', '；', ';', '，', ',', ' ', '\u3000', '.']);
const TAIL_LABELS = ['牵头单位及配合单位', '牵头单位', '牵头部门', '责任单位', '责任部门', '主责单位', '责任领导'];

/** The bracket that opens the group closing at `close`, or -1; tolerates one stray closer ("[…）]"). */
function openingOf(text: string, close: number): number {
  let depth = 0;
  for (let k = close; k >= 0; k--) {
    if (isCloseBracket(text[k])) depth++;
    else if (isOpenBracket(text[k]) && --depth === 0) return k;
  }
  // "[牵头单位：区发改委）]": the inner closer has no opener; read the group as if it were absent.
  if (depth === 1 && close > 0 && isCloseBracket(text[close - 1])) {
    let d = 0;
    for (let k = close; k >= 0; k--) {
      if (k === close - 1) continue;
      if (isCloseBracket(text[k])) d++;
      else if (isOpenBracket(text[k]) && --d === 0) return k;
    }
  }
  return -1;
}

/** "……（排在前位的为牵头单位）" → the text before the bracket and the convention. */
function trailingConvention(text: string): { rest: string; convention: { kind: LeadConvention; text: string } } | null {
  const t = text.trimEnd();
  if (!isCloseBracket(t[t.length - 1])) return null;
  const open = openingOf(t, t.length - 1);
  if (open <= 0) return null;
  const convention = conventionOf(t.slice(open + 1, -1));
  return convention ? { rest: t.slice(0, open).trimEnd(), convention } : null;
}

/** "牵头单位：区发改委）" (from "[牵头单位：区发改委）]"): the closer that opens nothing goes. */
function withoutStrayCloser(inner: string): string {
  let depth = 0;
  for (const c of inner) {
    if (isOpenBracket(c)) depth++;
    else if (isCloseBracket(c)) depth--;
  }
  return depth < 0 && isCloseBracket(inner[inner.length - 1]) ? inner.slice(0, -1).trim() : inner;
}

/** The text before a phrase, without a dangling comma; the sentence's own "。" is kept. */
function tidyText(text: string): string {
  let end = text.length;
  while (end > 0 && ' \u3000\t，,、；;'.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

/** "……。责任单位：区发改局；完成时限：2024年底前。" written without brackets: where the tail starts. */
function unbracketedTail(trimmed: string): number {
  let body = trimmed.length;
  while (body > 0 && '。；;.'.includes(trimmed[body - 1])) body--;
  // the tail holds no "。": it starts after the last one
  const from = trimmed.lastIndexOf('。', body - 1) + 1;
  let best = -1;
  for (const label of TAIL_LABELS) {
    let at = trimmed.indexOf(label, from);
    while (at >= 0 && at < body) {
      const before = at === 0 ? '' : trimmed[at - 1];
      const after = trimmed[at + label.length];
      if ((at === from || '；;，,。 '.includes(before)) && (after === '：' || after === ':') && at > 0 && (best < 0 || at < best)) best = at;
      at = trimmed.indexOf(label, at + 1);
    }
  }
  return best;
}

/**
 * Splits "text（phrase）。" into the text and the phrase: the last bracketed group at the end of
 * the paragraph (brackets inside unit names are matched), or an unbracketed "。牵头单位：…" tail.
 * A trailing convention ("（排在前位的为牵头单位）") applies to the phrase before it.
 */
export function splitTrailingPhrase(
  paragraph: string,
  documentConvention: { kind: LeadConvention; text: string } | null = null,
): { text: string; phrase: Responsibility | null; raw: string } {
  const trimmed = paragraph.trimEnd();
  let end = trimmed.length;
  while (end > 0 && TAIL_PUNCT.has(trimmed[end - 1])) end--;
  if (end > 0 && isCloseBracket(trimmed[end - 1])) {
    const open = openingOf(trimmed, end - 1);
    if (open >= 0) {
      const inner = withoutStrayCloser(trimmed.slice(open + 1, end - 1).trim());
      const conv = conventionOf(inner);
      if (conv) {
        // "……责任单位：A、B，C（排在前位的为牵头单位）": the convention names how to read the tail.
        const before = splitTrailingPhrase(trimmed.slice(0, open), conv);
        if (before.phrase) return { text: before.text, phrase: before.phrase, raw: `${before.raw}${trimmed.slice(open, end)}` };
      }
      const phrase = parseResponsibility(inner, documentConvention);
      if (phrase) return { text: tidyText(trimmed.slice(0, open)), phrase, raw: trimmed.slice(open, end) };
    }
  }
  const at = unbracketedTail(trimmed);
  if (at > 0) {
    const phrase = parseResponsibility(trimmed.slice(at).replace(/[。；;.]+$/, ''), documentConvention);
    if (phrase) return { text: tidyText(trimmed.slice(0, at)), phrase, raw: trimmed.slice(at) };
  }
  return { text: paragraph, phrase: null, raw: '' };
}

/**
 * A paragraph that is only a phrase: "责任单位：区发改局、区市场监管局" or "（牵头单位：…）" on a
 * line of its own. It belongs to the item before it (or, as a rule, to the items after it).
 */
export function readPhraseLine(paragraph: string, documentConvention: { kind: LeadConvention; text: string } | null = null): Responsibility | null {
  const t = paragraph.trim().replace(/[。；;.]$/, '');
  if (t === '' || t.length > MAX_CLAUSE * 4) return null;
  if (isOpenBracket(t[0]) && isCloseBracket(t[t.length - 1])) {
    // Only when the bracket opened first closes last: "（1）第1项……（牵头单位：…）" is a measure.
    if (openingOf(t, t.length - 1) !== 0) {
      // "【责任单位】区发改局" is a label, not a group
      const key = KEY_LABEL.exec(t);
      return key && roleOfKey(key[1]) ? parseResponsibility(t, documentConvention) : null;
    }
    return parseResponsibility(t.slice(1, -1).trim(), documentConvention);
  }
  const key = KEY_LABEL.exec(t);
  if (key && roleOfKey(key[1]) && key[0].length > key[1].length) return parseResponsibility(t, documentConvention);
  return null;
}

/** A one-line explanation of what a phrase gave, for the preview and the notes. */
export function describeResponsibility(r: Responsibility): string {
  const parts: string[] = [];
  if (r.leadUnits.length) parts.push(`牵头：${r.leadUnits.join('、')}`);
  if (r.supportUnits.length) parts.push(`配合：${r.supportUnits.join('、')}`);
  if (r.implementers.length) parts.push(`实施（记为配合单位）：${r.implementers.join('、')}`);
  if (r.deadline) parts.push(`时限：${r.deadline}`);
  if (r.leaders.length) parts.push(`责任领导（不是单位，保留在措施文字中）：${r.leaders.join('、')}`);
  if (r.convention) parts.push(r.convention);
  return parts.join('；');
}

/** Finds a convention stated once for the whole document ("各项任务排名第一的为牵头单位"). */
export function documentConvention(paragraphs: string[]): { kind: LeadConvention; text: string; paragraph: number } | null {
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    // stated in prose, not inside one item's 责任单位 list
    if (p.length > 400 || !/牵头/.test(p) || /(?:责任单位|牵头单位|责任部门)[】\]］]?[：:]/.test(p)) continue;
    for (const clause of splitOutside(p.replace(/^[（(【\[]|[）)】\]]$/g, ''), '；;，,。')) {
      const c = conventionOf(clause);
      if (c) return { ...c, paragraph: i };
    }
  }
  return null;
}
