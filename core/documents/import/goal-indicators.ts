// Indicators out of a part's 主要目标 text, so a plan read from Word (ours or another district's)
// has its indicator table again: "PM2.5年均浓度不高于28微克/立方米" (≤), "优良天数比率达到78%" (≥),
// "重污染天数控制在4天以内" (≤), "累计完成挥发性有机物（VOCs）290吨、氮氧化物（NOx）430吨减排目标"
// (two 减排量 ≥), "碳排放强度……较2020年累计下降15%左右" (≈). Each one found is said in the notes.
// Anchored patterns with bounded repeats only: goals are user text.
import type { Comparator } from '../../model/plan.ts';
import type { PlanSpec } from '../../model/plan-spec.ts';
import { splitOutside } from '../../model/unit-names.ts';
import type { ImportDraft } from './outline-plan.ts';

type IndicatorSpec = PlanSpec['parts'][number]['indicators'][number];

const N = '(\\d{1,6}(?:\\.\\d{1,4})?)';
const FORMS: [Comparator, RegExp][] = [
  ['≈', new RegExp(`^(.{1,40}?)${N}(%|[^\\d]{0,8}?)左右$`)],
  ['<=', new RegExp(`^(.{1,40}?)(?:不高于|不超过|低于|控制在|小于等于|≤|<=)${N}(.{0,12}?)(?:以内|以下)?$`)],
  ['>=', new RegExp(`^(.{1,40}?)(?:不低于|不少于|达到|提高到|提升至|提高至|大于等于|≥|>=|保持在|保持)${N}(.{0,12}?)(?:以上)?$`)],
  ['=', new RegExp(`^(.{1,40}?)为${N}(.{0,12})$`)],
];
/** "……减排目标" clauses list amounts: "挥发性有机物（VOCs）290吨". */
const AMOUNT = new RegExp(`^(?:累计)?(?:完成)?(?:市级下达的)?(.{1,20}?)${N}(吨|万吨|千克)$`);
const NAME_PREFIX = /^(?:到20\d{2}年底?|20\d{2}年|全区|全市|全县|辖区|区域|实现|力争|确保|其中|主要)+/;
const CONCENTRATION = /PM|臭氧|O3|SO2|NO2|CO|浓度|颗粒物/;

function cleanName(raw: string): string {
  let name = raw.trim().replace(NAME_PREFIX, '').trim();
  name = name.replace(/天比率$/, '天数比率');
  return name;
}

/** The indicators a goals text states, in order; null names nothing. */
export function indicatorsOfGoals(goals: string): { indicator: IndicatorSpec; guessed: string | null }[] {
  const found: { indicator: IndicatorSpec; guessed: string | null }[] = [];
  const add = (name: string, comparator: Comparator, target: number, unit: string, guessed: string | null = null) => {
    if (name.length < 2 || name.length > 40 || found.some((f) => f.indicator.name === name)) return;
    found.push({ indicator: { name, comparator, target, unit: unit.trim(), baselineYear: null, baselineValue: null }, guessed });
  };
  for (const sentence of goals.split(/[。\n]/)) {
    if (sentence.length > 600) continue;
    const clauses = splitOutside(sentence, '，,；;').map((c) => c.replace(/^\d{1,2}[.．、]/, ''));
    let subject = '';
    for (const clause of clauses) {
      // "VOCs 290吨、NOx 430吨减排目标要求"
      if (/减排|削减/.test(clause)) {
        const body = clause.replace(/(?:的)?(?:减排|削减)(?:目标|任务)?(?:要求)?$/, '');
        for (const piece of splitOutside(body, '、')) {
          const m = AMOUNT.exec(piece.trim());
          if (!m) continue;
          const abbr = /[（(]([A-Za-z]{2,8})[）)]\s*$/.exec(m[1]);
          const name = abbr ? abbr[1] : m[1].replace(/[（(][^）)]{0,20}[）)]\s*$/, '').trim();
          add(`${name.replace(/(?:减排量|减排|排放量)$/, '')}减排量`, '>=', Number(m[2]), m[3]);
        }
        continue;
      }
      const head = /^([\u4e00-\u9fa5A-Za-z0-9.]{2,20}?)(?:同比|持续|稳步|逐步|进一步|累计)/.exec(clause);
      if (head && !/\d/.test(clause)) subject = cleanName(head[1]);
      for (const [comparator, re] of FORMS) {
        const m = re.exec(clause.trim());
        if (!m) continue;
        let name = cleanName(m[1]);
        // "较2020年累计下降15%左右" after "碳排放强度同比持续下降": the subject is the clause before
        if (/^较/.test(name) && subject) name = `${subject}${name}`;
        let guessed: string | null = null;
        if (m[3].trim() === '微克/立方米' && !CONCENTRATION.test(name)) {
          guessed = `“${name}”以微克/立方米为单位，读作PM2.5年均浓度`;
          name = 'PM2.5年均浓度';
        }
        // "劣Ⅴ类水体比例为0": a ratio without its sign is a percentage
        const unit = m[3].trim() === '' && /(?:比例|比率|率)$/.test(name) ? '%' : m[3];
        add(name, comparator, Number(m[2]), unit, guessed);
        break;
      }
    }
  }
  return found;
}

/** Fills each part's indicator table from its goals when the document gave none, and says so. */
export function indicatorsFromGoals(draft: ImportDraft): void {
  for (const part of draft.parts) {
    if (part.kind !== 'part' || part.indicators.length > 0 || part.goals.trim() === '') continue;
    const found = indicatorsOfGoals(part.goals);
    if (found.length === 0) continue;
    part.indicators = found.map((f) => f.indicator);
    draft.notes.push(
      `“${part.title}”的主要目标中读出${found.length}项指标：${found.map((f) => `${f.indicator.name}${symbol[f.indicator.comparator]}${f.indicator.target}${f.indicator.unit}`).join('；')}（基准值未写明，请补充）${found
        .filter((f) => f.guessed)
        .map((f) => `；${f.guessed}`)
        .join('')}。`,
    );
  }
}

const symbol: Record<Comparator, string> = { '<=': '≤', '>=': '≥', '=': '=', '≈': '约' };
