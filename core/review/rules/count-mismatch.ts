// Count sentences must agree: with each other (the total is the sum of the parts) and, when the
// plan is at hand, with the plan's real counts. The 一是/二是 items of a part's 主要内容 are not
// its aspects (air lists five and states 六): they are never compared.
import type { Rule } from '../context.ts';
import { COUNT_FIELDS, parseStatedCounts, type CountField, type StatedCounts, type StatedPart, type StatedTotals } from '../counts.ts';
import { chineseNumeral, excerptOf } from '../text.ts';
import { SEVERITY, type Finding } from '../../model/findings.ts';
import { levelWords, type LevelWords } from '../../model/level-words.ts';

type Statement = StatedPart | StatedTotals;
interface Wrong {
  field: CountField;
  expected: number;
}

/** House style: aspects in Chinese numerals, tasks and measures in Arabic. */
const written = (f: CountField, n: number) => (f === 'aspects' ? chineseNumeral(n) : String(n));

/** One finding per statement, pointing from its first wrong number to its last. */
function statementFinding(s: Statement, wrong: Wrong[], message: string, suggest: boolean): Finding {
  if (!s.context || !s.numbers || wrong.some((w) => !s.numbers![w.field])) {
    // Built by hand without positions: point at the statement itself.
    return { rule: 'count-mismatch', severity: SEVERITY['count-mismatch'], message, excerpt: '', paragraph: s.paragraph, offset: s.offset, length: 0 };
  }
  const numbers = s.numbers;
  const spans = wrong.map((w) => ({ w, n: numbers[w.field]! })).sort((a, b) => a.n.offset - b.n.offset);
  const lo = spans[0].n.offset;
  const hi = spans[spans.length - 1].n.offset + spans[spans.length - 1].n.length;
  const rel = lo - s.context.offset;
  const f: Finding = {
    rule: 'count-mismatch',
    severity: SEVERITY['count-mismatch'],
    message,
    excerpt: excerptOf(s.context.text, rel, hi - lo),
    paragraph: s.paragraph,
    offset: lo,
    length: hi - lo,
  };
  if (suggest) {
    let text = s.context.text.slice(rel, hi - s.context.offset);
    for (const { w, n } of [...spans].reverse()) {
      const at = n.offset - lo;
      text = text.slice(0, at) + written(w.field, w.expected) + text.slice(at + n.length);
    }
    f.suggestion = text;
  }
  return f;
}

/** "“大气污染防治”实有主要任务为28项，此处写作“27项主要任务”": in the plan's words and the text's. */
function describe(s: Statement, wrong: Wrong[], words: LevelWords, what: (w: Wrong) => string): string {
  return wrong
    .map((w) => {
      const stated = s.numbers?.[w.field];
      const asWritten = stated?.written ?? `${stated?.raw ?? s[w.field]}${words.measureWord[w.field]}${words.field[w.field]}`;
      return `${what(w)}为${written(w.field, w.expected)}${words.measureWord[w.field]}，此处写作“${asWritten}”`;
    })
    .join('；');
}

/** Totals against the sum of the stated parts of the same 一级 section (or of sections without totals). */
export function countMismatchesInText(stated: StatedCounts, words: LevelWords = levelWords()): Finding[] {
  const out: Finding[] = [];
  const allTotals = stated.allTotals ?? (stated.totals ? [stated.totals] : []);
  if (allTotals.length === 0) return out;
  const sectionsWithTotals = new Set(allTotals.map((t) => t.section ?? 0));
  // Sums per section, computed once (a document may state totals many times).
  const sums = new Map<number, PartSums>();
  const orphans = newSums();
  for (const p of stated.parts) {
    const s = p.section ?? 0;
    let sum = sums.get(s);
    if (!sum) sums.set(s, (sum = newSums()));
    add(sum, p);
    if (!sectionsWithTotals.has(s)) add(orphans, p);
  }
  for (const t of allTotals) {
    const sum = sums.get(t.section ?? 0) ?? orphans;
    if (sum.count === 0) continue;
    const wrong: Wrong[] = [];
    for (const f of COUNT_FIELDS) {
      const v = t[f];
      if (v === null || sum.missing[f]) continue;
      if (sum.total[f] !== v) wrong.push({ field: f, expected: sum.total[f] });
    }
    if (wrong.length === 0) continue;
    const names = sum.names.length ? `（${sum.names.join('、')}${sum.count > sum.names.length ? '等' : ''}）` : '';
    const msg = `合计数与各部分之和不一致：${describe(t, wrong, words, (w) => `各部分${names}${words.field[w.field]}相加`)}。请核对合计数或各部分的数字。`;
    out.push(statementFinding(t, wrong, msg, false));
  }
  return out;
}

interface PartSums {
  count: number;
  total: Record<CountField, number>;
  /** A part that does not state the field: its sum cannot be checked. */
  missing: Record<CountField, boolean>;
  /** The first few part names, for the message. */
  names: string[];
}

const newSums = (): PartSums => ({
  count: 0,
  total: { aspects: 0, keyTasks: 0, measures: 0 },
  missing: { aspects: false, keyTasks: false, measures: false },
  names: [],
});

function add(sum: PartSums, p: StatedPart): void {
  sum.count++;
  for (const f of COUNT_FIELDS) {
    if (p[f] === null) sum.missing[f] = true;
    else sum.total[f] += p[f]!;
  }
  if (p.name && sum.names.length < 8) sum.names.push(p.name);
}

export const countMismatch: Rule = {
  id: 'count-mismatch',
  check(ctx) {
    return countMismatchesInText(parseStatedCounts(ctx, ctx.outline));
  },
};

export interface ActualPartCounts {
  name: string;
  aspects: number;
  keyTasks: number;
  measures: number;
}
export interface ActualCounts {
  parts: ActualPartCounts[];
  /** Defaults to the sum of the parts. */
  totals?: { aspects: number; keyTasks: number; measures: number } | null;
}

const norm = (s: string) => s.replace(/[\s：:，,。、（）()]/g, '').replace(/部分$/, '');

/**
 * Stated counts against the plan's real counts. Stated parts are matched to plan parts by name
 * ("大气污染防治"), falling back to order for a part whose name matches none.
 */
export function countMismatchesAgainstPlan(stated: StatedCounts, actual: ActualCounts, words: LevelWords = levelWords()): Finding[] {
  const out: Finding[] = [];
  const names = actual.parts.map((p) => norm(p.name));
  const byName = stated.parts.map((p) => {
    const n = norm(p.name);
    if (!n) return -1;
    let k = names.indexOf(n);
    if (k < 0) k = names.findIndex((a) => a && (a.includes(n) || n.includes(a)));
    return k;
  });
  const taken = new Set(byName.filter((k) => k >= 0));
  stated.parts.forEach((p, i) => {
    let k = byName[i];
    if (k < 0 && i < actual.parts.length && !taken.has(i)) k = i;
    if (k < 0) {
      const all = COUNT_FIELDS.filter((f) => p[f] !== null).map((f) => ({ field: f, expected: p[f]! }));
      if (all.length) out.push(statementFinding(p, all, `计划中没有与“${p.name || '本部分'}”对应的部分，请核对这句数量说明。`, false));
      return;
    }
    const a = actual.parts[k];
    const wrong = COUNT_FIELDS.filter((f) => p[f] !== null && p[f] !== a[f]).map((f) => ({ field: f, expected: a[f] }));
    if (wrong.length) {
      const label = a.name || p.name || `第${k + 1}部分`;
      out.push(statementFinding(p, wrong, `与计划不一致：${describe(p, wrong, words, (w) => `“${label}”实有${words.field[w.field]}`)}。`, true));
    }
  });
  const totals =
    actual.totals ??
    actual.parts.reduce((s, p) => ({ aspects: s.aspects + p.aspects, keyTasks: s.keyTasks + p.keyTasks, measures: s.measures + p.measures }), {
      aspects: 0,
      keyTasks: 0,
      measures: 0,
    });
  for (const t of stated.allTotals ?? (stated.totals ? [stated.totals] : [])) {
    const wrong = COUNT_FIELDS.filter((f) => t[f] !== null && t[f] !== totals[f]).map((f) => ({ field: f, expected: totals[f] }));
    if (wrong.length) out.push(statementFinding(t, wrong, `与计划不一致：${describe(t, wrong, words, (w) => `计划共有${words.field[w.field]}`)}。`, true));
  }
  return out;
}
