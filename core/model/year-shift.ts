// Which years in a plan's text belong to the plan's own year and move with it, and which are facts
// of their own that never move. One home for the rule: rolling a plan forward (store/roll-forward.ts) and
// 审校's stale-year check (review-input/stale-years.ts) both read the mentions classified here.
//
// Moves (when the year is the plan's year; a 年度 also when it is the year before): deadlines ("2024年底前", "2024年6月底前",
// "2024年6月30日前", "2024年上半年"), "2024年度", a period starting in the plan's year
// ("2024—2025年"), and a plain "2024年" (the title's year, "2024年全区…").
// Stays: baselines ("较2020年", "以2020年为基准", "2023年PM2.5年均浓度29" — another year),
// 文号 ("〔2024〕4号", no 年), basis documents' names and dates ("《…2024年行动计划》",
// "2024年1月15日印发"), and "2020年以来".
// Pure: no Node, no SQLite.

/** The plan's year: as set, else the year its title names ("…2024年行动计划"). */
export function planYearOf(plan: { title: string; year: number | null }): number | null {
  if (plan.year !== null) return plan.year;
  const m = /((?:19|20)\d{2})\s*年/.exec(plan.title);
  return m ? Number(m[1]) : null;
}

export type YearMentionKind = 'deadline' | 'annual' | 'range' | 'plain' | 'baseline' | 'document' | 'date';

export interface YearMention {
  /** offset of the first digit */
  start: number;
  /** offset after "年" */
  end: number;
  /** the year, or the first year of a range */
  year: number;
  /** the last year of a range ("2024—2025年") */
  until: number | null;
  kind: YearMentionKind;
}

/** A year the plan's year moves: deadlines, 年度, periods starting in it and the plain year. */
export const MOVING_KINDS: ReadonlySet<YearMentionKind> = new Set(['deadline', 'annual', 'range', 'plain']);
/** A year that, when before the plan's year, says the text is last year's: a deadline or 年度. */
export const DATED_KINDS: ReadonlySet<YearMentionKind> = new Set(['deadline', 'annual', 'range']);

const YEAR = /(?<!\d)((?:19|20)\d{2})(?:\s*[—–\-－~～至到]\s*((?:19|20)\d{2}))?\s*年/g;
const BASELINE_BEFORE = /(?:较|比|相比|相较|对比|与|同比|基准年为?|以|自|从)\s*$/;
const BASELINE_AFTER = /^(?:为基准|基准|以来|相比|同期|水平|以前)/;
const DEADLINE_AFTER =
  /^(?:底前|底|末|年底|内|前|上半年|下半年|第[一二三四]季度|[一二三四]季度|(?:1[0-2]|[1-9])月(?:底前|底|末|中旬前?|上旬前?|下旬前?|前)|(?:1[0-2]|[1-9])月(?:3[01]|[12]\d|[1-9])日前)/;
const DATE_AFTER = /^(?:1[0-2]|[1-9])月(?:3[01]|[12]\d|[1-9])日/;

/** Inside 《…》 at `at`: the name of another document (its year is part of the name). */
function insideBookTitle(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  return open >= 0 && text.lastIndexOf('》', at) < open;
}

export function yearMentions(text: string): YearMention[] {
  const out: YearMention[] = [];
  for (const m of text.matchAll(YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    const year = Number(m[1]);
    const until = m[2] ? Number(m[2]) : null;
    const before = text.slice(Math.max(0, start - 6), start);
    const after = text.slice(end, end + 12);
    let kind: YearMentionKind;
    if (insideBookTitle(text, start)) kind = 'document';
    else if (BASELINE_BEFORE.test(before) || BASELINE_AFTER.test(after)) kind = 'baseline';
    else if (until !== null) kind = 'range';
    else if (after.startsWith('度')) kind = 'annual';
    else if (DEADLINE_AFTER.test(after)) kind = 'deadline';
    else if (DATE_AFTER.test(after)) kind = 'date';
    else kind = 'plain';
    out.push({ start, end, year, until, kind });
  }
  return out;
}

/** The mention's text with its year(s) moved by `by` years ("2024—2025年" → "2025—2026年"). */
function shifted(text: string, m: YearMention, by: number): string {
  const piece = text.slice(m.start, m.end);
  return piece.replace(/(?:19|20)\d{2}/g, (y) => String(Number(y) + by));
}

/**
 * Whether rolling the plan from `from` moves this mention: the plan's own year, and a 年度 of the
 * year before (a 2024 plan's "开展2023年度GEP核算" is next year's "2024年度"): 年度 names a year
 * of work relative to the plan, where a plain "2023年PM2.5…" is a fixed fact.
 */
export function movesWithPlan(m: YearMention, from: number): boolean {
  if (!MOVING_KINDS.has(m.kind)) return false;
  return m.year === from || (m.kind === 'annual' && m.year === from - 1);
}

/**
 * The text with the plan's year moved from `from` to `to` where the rule says it moves; the rest
 * untouched. Returns the same string when nothing moves.
 */
export function rollYears(text: string, from: number, to: number): string {
  const moving = yearMentions(text).filter((m) => movesWithPlan(m, from));
  if (moving.length === 0) return text;
  let out = '';
  let at = 0;
  for (const m of moving) {
    out += text.slice(at, m.start) + shifted(text, m, to - from);
    at = m.end;
  }
  return out + text.slice(at);
}

/** A deadline or 年度 phrase dated before the plan's year: last year's text left in this year's plan. */
export interface StaleYear {
  start: number;
  end: number;
  /** the flagged text ("2024年") and what it becomes in the plan's year ("2025年") */
  text: string;
  replacement: string;
}

export function staleYears(text: string, planYear: number): StaleYear[] {
  const out: StaleYear[] = [];
  for (const m of yearMentions(text)) {
    if (!DATED_KINDS.has(m.kind)) continue;
    const last = m.until ?? m.year;
    // the year before's 年度 is often this year's work ("开展2024年度GEP核算" in a 2025 plan)
    if (last >= (m.kind === 'annual' ? planYear - 1 : planYear)) continue;
    out.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), replacement: shifted(text, m, planYear - m.year) });
  }
  return out;
}
