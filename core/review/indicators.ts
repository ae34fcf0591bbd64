// Indicator statements ("优良天数比率（扣除沙尘）为79.1%", "空气质量不高于28微克/立方米") found in
// running text, for number-mismatch and target-below-baseline.
//
// Two statements are the same claim only when they share indicator, role (target or actual),
// year and cumulativeness: the 2023 actual (29) and the 2024 target (28) of PM2.5 are different
// claims, and so are "累计完成…220吨" as of 2023 and "累计完成…290吨" as the 2024 target.
// Only indicators of the vocabulary in templates/review/indicators.json are tracked, and a value
// binds to the nearest alias before it in the same sentence with a unit the indicator uses —
// conservative on purpose: a missed comparison is cheaper than a false alarm.
import { z } from 'zod';
import type { DocText } from './context.ts';
import data from '../../templates/review/indicators.json' with { type: 'json' };

export const IndicatorDef = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string().min(1)).min(1),
  units: z.array(z.string().min(1)).min(1),
  better: z.enum(['higher', 'lower']),
});
export type IndicatorDef = z.infer<typeof IndicatorDef>;

export const INDICATORS: IndicatorDef[] = z.array(IndicatorDef).parse(data);

export interface IndicatorStatement {
  indicator: IndicatorDef;
  value: number;
  unit: string;
  role: 'target' | 'actual';
  year: number | null;
  cumulative: boolean;
  paragraph: number;
  /** Offset and length of the value with its unit ("78%"). */
  offset: number;
  length: number;
  /** From the alias to the unit: "优良天比率达到78%". */
  phrase: string;
  /** Sentence identity: statements of one sentence are alternatives, not a second statement. */
  sentence: string;
  /**
   * Whose value it is: '' for the whole area (全市, 全区, or not said), else the sub-scope named
   * before the indicator ("三分之一县", "各县区"): a city target and a target for a third of the
   * counties are different claims.
   */
  subject: string;
  /** Claim identity: indicator|role|year|cumulative|subject. */
  key: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normUnit = (u: string) => u.replace('％', '%').replace(/[（(]/, '').replace(/[）)]/, '');
const ALL_UNITS = [...new Set(INDICATORS.flatMap((d) => d.units).concat(['％']))].sort((a, b) => b.length - a.length);
// A value with a unit; plain numbers (years, counts, "PM2.5") are skipped by the regex itself.
// (?<!\d): a run of digits is tried from its first digit only (linear on 20,000 digits)
const VALUE = new RegExp(`(?<!\\d)(\\d+(?:\\.\\d+)?)(?:${ALL_UNITS.map(escape).join('|')})`, 'g');
const YEAR = /(\d{4})年/g;
// "较2020年", "自2013年以来", "2024年行动计划" do not date the statement.
const NOT_A_DATING_YEAR_BEFORE = /[较比与同自从至]$/;
const NOT_A_DATING_YEAR_AFTER = /^(?:以来|度?(?:行动计划|工作计划|工作要点|实施方案|工作方案))/;
// A change, not a level: "优良天数增加了16天", "累计下降15%".
const DELTA = /(?:增加|减少|下降|降低|提高|提升|增长|上升|改善|增幅|降幅)了?(?:约|近|超过|逾)?$/;
const TARGET_VERB = /(?:达到|不高于|不超过|不低于|低于|高于|控制在|保持在|稳定在|力争|降至|降到|提高到|提升到|完成)$/;
const PLAN_YEAR = /(20\d{2})年度?(?:行动计划|工作计划|工作要点|实施方案|工作方案)/g;
const STOP = /[。；！？]/g;
// The scope a sentence speaks of, last one before the indicator wins: the whole area (group 1) or
// a part of it ("力争三分之一县（区）…", "60%的县区", "各县区", "部分乡镇").
const SCOPE =
  /(全(?:市|区|县|省|镇|乡|街道)|本(?:市|区|县|镇|乡|街道)|市域|区域内)|((?:(?<![\d一二三四五六七八九十百])[\d一二三四五六七八九十百]+分之[\d一二三四五六七八九十百]+|(?<![\d一二三四五六七八九十百])[\d一二三四五六七八九十百]+(?:个|成|%|％)|半数|多数|部分|其余|其他|其中|各)[^，。；、：]{0,4}?(?:县|区|市|镇|乡|街道|园区|断面|站点|城市|企业|村|社区))/g;

const SCOPE_LOOKBACK = 60;

function subjectOf(prefix: string): string {
  let subject = '';
  SCOPE.lastIndex = 0;
  for (let m; (m = SCOPE.exec(prefix));) subject = m[2] ?? '';
  return subject;
}
const WINDOW = 40;

/** The plan's year, from the first "2024年行动计划"-like name in the text. */
export function planYear(doc: DocText): number | null {
  let year: number | null = null;
  doc.forEachMatch(PLAN_YEAR, (m) => {
    year ??= Number(m[1]);
  });
  return year;
}

/** Per unit: one regex over the aliases of the indicators measured in it (longest first). */
interface AliasIndex {
  re: RegExp;
  def: Map<string, IndicatorDef>;
}
const NORM = new Map(ALL_UNITS.map((u) => [u, normUnit(u)]));
const BY_UNIT = new Map<string, AliasIndex>();
{
  const aliases = new Map<string, Map<string, IndicatorDef>>();
  for (const def of INDICATORS) {
    for (const u of def.units) {
      const map = aliases.get(normUnit(u)) ?? new Map<string, IndicatorDef>();
      for (const alias of def.aliases) if (!map.has(alias)) map.set(alias, def);
      aliases.set(normUnit(u), map);
    }
  }
  for (const [unit, def] of aliases) {
    const names = [...def.keys()].sort((a, b) => b.length - a.length).map(escape);
    BY_UNIT.set(unit, { re: new RegExp(names.join('|'), 'g'), def });
  }
}

/** Per-paragraph reading state, set up the first time a value is met in the paragraph. */
interface ParagraphState {
  text: string;
  years: { at: number; year: number }[];
  y: number; // next unread entry of `years`
  year: number | null;
  stop: number; // start of the current sentence
  nextStop: number;
  cum: number; // last "累计" before the value
  nextCum: number;
  prevEnd: number; // end of the previous value that had a unit
  goal: number; // first "目标"
}

function paragraphState(text: string): ParagraphState {
  STOP.lastIndex = 0;
  return {
    text,
    years: datingYears(text),
    y: 0,
    year: null,
    stop: 0,
    nextStop: STOP.exec(text)?.index ?? -1,
    cum: -1,
    nextCum: text.indexOf('累计'),
    prevEnd: 0,
    goal: text.indexOf('目标'),
  };
}

export function extractIndicators(doc: DocText): IndicatorStatement[] {
  const year0 = planYear(doc);
  const out: IndicatorStatement[] = [];
  let paragraph = -1;
  let st: ParagraphState | null = null;
  doc.forEachMatch(VALUE, (m, p, a) => {
    if (p !== paragraph || !st) [paragraph, st] = [p, paragraphState(doc.paragraphs[p])];
    const text = st.text;
    const before = text.charCodeAt(a - 1);
    if ((before >= 0x30 && before <= 0x39) || ((before | 0x20) >= 0x61 && (before | 0x20) <= 0x7a) || before === 0x2e) return; // mid-number, NO2, PM2.5
    const end = a + m[0].length;
    const u = text.slice(a + m[1].length, end);
    // Advance the sentence start and the last 累计 to `a`; each look-ahead is kept until passed.
    while (st.nextStop >= 0 && st.nextStop < a) {
      st.stop = st.nextStop + 1;
      STOP.lastIndex = st.stop;
      st.nextStop = STOP.exec(text)?.index ?? -1;
    }
    while (st.nextCum >= 0 && st.nextCum < a) {
      st.cum = st.nextCum;
      st.nextCum = text.indexOf('累计', st.nextCum + 2);
    }
    while (st.y < st.years.length && st.years[st.y].at < a) st.year = st.years[st.y++].year;
    const ws = Math.max(st.stop, st.prevEnd, a - WINDOW);
    st.prevEnd = end;
    const window = text.slice(ws, a);
    const tail = window.slice(-8); // the verbs sit right before the value: test only there
    if (window.includes('分别') || DELTA.test(tail)) return;
    const unit = NORM.get(u) ?? normUnit(u);
    const index = BY_UNIT.get(unit);
    const ref = index && nearestAlias(window, index);
    if (!ref) return;
    const year = st.year;
    let role: IndicatorStatement['role'] | null = null;
    let when = year;
    if (year !== null && year0 !== null && year < year0) role = 'actual';
    else if ((st.goal >= 0 && st.goal < a) || TARGET_VERB.test(tail)) {
      role = 'target';
      when = year ?? year0;
    } else if (year !== null && year0 === null) role = 'actual';
    if (!role) return;
    const cumulative = st.cum >= st.stop;
    // The scope is named close before the indicator; a bounded look-back keeps a long run-on sentence linear.
    const subject = subjectOf(text.slice(Math.max(st.stop, ws + ref.at - SCOPE_LOOKBACK), ws + ref.at));
    out.push({
      indicator: ref.def,
      value: Number(m[1]),
      unit,
      role,
      year: when,
      cumulative,
      paragraph,
      offset: a,
      length: end - a,
      phrase: text.slice(ws + ref.at, end),
      sentence: `${paragraph}:${st.stop}`,
      subject,
      key: `${ref.def.id}|${role}|${when ?? ''}|${cumulative ? 'cum' : ''}|${subject}`,
    });
  });
  return out;
}

function datingYears(text: string): { at: number; year: number }[] {
  const years: { at: number; year: number }[] = [];
  if (!text.includes('年')) return years;
  YEAR.lastIndex = 0;
  for (let m; (m = YEAR.exec(text));) {
    if (/\d/.test(text[m.index - 1] ?? '')) continue;
    if (NOT_A_DATING_YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (NOT_A_DATING_YEAR_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    years.push({ at: m.index, year: Number(m[1]) });
  }
  return years;
}

/** The alias that ends closest to the value (the last match in the window). */
function nearestAlias(window: string, index: AliasIndex): { def: IndicatorDef; at: number } | null {
  let found: RegExpExecArray | null = null;
  index.re.lastIndex = 0;
  for (let m; (m = index.re.exec(window));) found = m;
  return found ? { def: index.def.get(found[0])!, at: found.index } : null;
}
