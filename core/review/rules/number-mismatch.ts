// The same claim (indicator + target/actual + year + cumulative + subject) stated with different values.
// The value most statements agree on is taken as the reference; the others are flagged.
import type { Rule } from '../context.ts';
import type { IndicatorStatement } from '../indicators.ts';
import { makeFinding, paraLabel } from '../text.ts';
import type { Finding } from '../../model/findings.ts';

export const numberMismatch: Rule = {
  id: 'number-mismatch',
  check(ctx) {
    const byKey = new Map<string, IndicatorStatement[]>();
    for (const s of ctx.indicators) {
      const list = byKey.get(s.key);
      if (list) list.push(s);
      else byKey.set(s.key, [s]);
    }
    const out: Finding[] = [];
    for (const list of byKey.values()) {
      if (list.length < 2) continue;
      const counts = new Map<number, number>();
      for (const s of list) counts.set(s.value, (counts.get(s.value) ?? 0) + 1);
      if (counts.size < 2) continue;
      let refValue = list[0].value;
      for (const [v, c] of counts) if (c > counts.get(refValue)!) refValue = v;
      const ref = list.find((s) => s.value === refValue)!;
      for (const s of list) {
        if (s.value === refValue || s.sentence === ref.sentence) continue;
        const text = ctx.paragraphs[s.paragraph];
        const what = `${s.year ? `${s.year}年` : ''}${s.cumulative ? '累计' : ''}${s.role === 'target' ? '目标值' : '实际值'}`;
        const refText = ctx.paragraphs[ref.paragraph].slice(ref.offset, ref.offset + ref.length);
        out.push(
          makeFinding(
            'number-mismatch',
            text,
            s.paragraph,
            s.offset,
            s.length,
            `${s.subject}“${s.indicator.name}”的${what}前后不一致：此处为“${text.slice(s.offset, s.offset + s.length)}”，${paraLabel(ref.paragraph)}为“${refText}”（“${ref.phrase}”），请核对后统一。`,
          ),
        );
      }
    }
    return out;
  },
};
