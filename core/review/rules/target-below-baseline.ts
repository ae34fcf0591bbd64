// A target weaker than the latest actual value stated before the target year (2023 优良天数比率
// 79.1% but 2024 target 78%). A warning: sometimes deliberate (e.g. a changed method), so the
// drafter can dismiss it.
import type { Rule } from '../context.ts';
import type { IndicatorStatement } from '../indicators.ts';
import { makeFinding, paraLabel } from '../text.ts';
import type { Finding } from '../../model/findings.ts';

const fmt = (s: IndicatorStatement) => `${s.value}${s.unit}`;

export const targetBelowBaseline: Rule = {
  id: 'target-below-baseline',
  check(ctx) {
    // First actual statement per indicator, cumulativeness and year (years are few: stays linear).
    const actuals = new Map<string, Map<number, IndicatorStatement>>();
    for (const s of ctx.indicators) {
      if (s.role !== 'actual' || s.year === null) continue;
      const k = `${s.indicator.id}|${s.cumulative}|${s.unit}|${s.subject}`;
      let byYear = actuals.get(k);
      if (!byYear) actuals.set(k, (byYear = new Map()));
      if (!byYear.has(s.year)) byYear.set(s.year, s);
    }
    const out: Finding[] = [];
    for (const t of ctx.indicators) {
      if (t.role !== 'target') continue;
      let base: IndicatorStatement | null = null;
      for (const [year, a] of actuals.get(`${t.indicator.id}|${t.cumulative}|${t.unit}|${t.subject}`) ?? []) {
        if (t.year !== null && year >= t.year) continue;
        if (!base || year > base.year!) base = a;
      }
      if (!base) continue;
      const weaker = t.indicator.better === 'higher' ? t.value < base.value : t.value > base.value;
      if (!weaker) continue;
      const text = ctx.paragraphs[t.paragraph];
      const dir = t.indicator.better === 'higher' ? '低于' : '高于';
      out.push(
        makeFinding(
          'target-below-baseline',
          text,
          t.paragraph,
          t.offset,
          t.length,
          `目标弱于上年实际：“${t.phrase}”${dir}${base.year}年实际值${fmt(base)}（${paraLabel(base.paragraph)}），请核实目标值；如属有意调整，可忽略此提示。`,
        ),
      );
    }
    return out;
  },
};
