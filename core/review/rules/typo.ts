// Known confusions (比列→比例, 截止+日期→截至 …), data in templates/review/typos.json.
import type { Rule } from '../context.ts';
import { makeFinding } from '../text.ts';
import { TYPOS, type TypoEntry, type TypoMatcher } from '../typos.ts';
import type { Finding } from '../../model/findings.ts';

export function typoRule(matcher: TypoMatcher = TYPOS): Rule {
  return {
    id: 'typo',
    check(ctx) {
      const out: Finding[] = [];
      const report = (e: TypoEntry, wrong: string, i: number, at: number) =>
        out.push(makeFinding('typo', ctx.paragraphs[i], i, at, wrong.length, `“${wrong}”应为“${e.right}”。${e.note ?? ''}`, e.right));
      if (matcher.literal) ctx.forEachMatch(matcher.literal, (m, i, at) => report(matcher.byWrong.get(m[0])!, m[0], i, at));
      if (matcher.patterns) {
        ctx.forEachMatch(matcher.patterns, (m, i, at) => {
          if (m[0] === '') return;
          let k = 1;
          while (m[k] === undefined && k < m.length - 1) k++;
          report(matcher.patternEntries[k - 1], m[0], i, at);
        });
      }
      return out;
    },
  };
}

export const typo: Rule = typoRule();
