// Spaces inside Chinese text or at the end of a paragraph. 公文 puts no space between Chinese
// and Latin letters or digits either (unlike zhlint's convention). Left alone: indentation at
// the start of a paragraph, blank paragraphs, spaces between Latin words, and the single space
// that official titles use between their two phrases, inside 《》
// (《推进美丽北京建设 持续深入打好污染防治攻坚战2024年行动计划》) or as the title itself.
import type { Rule } from '../context.ts';
import { isCjk, isHan, makeFinding } from '../text.ts';
import type { Finding } from '../../model/findings.ts';

const RUN = /[ \u3000\u00a0]+/g;
// What follows the gap in a 版记 or signature line: "2024年3月5日印发", "二〇二四年三月五日".
const IMPRINT_DATE = /^(?:\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)(?:印发|印制)?$/;

export const straySpace: Rule = {
  id: 'stray-space',
  check(ctx) {
    const out: Finding[] = [];
    ctx.forEachMatch(RUN, (m, i, s) => {
      const text = ctx.paragraphs[i];
      const e = s + m[0].length;
      if (s === 0) return; // indentation, or a blank paragraph
      if (e === text.length) {
        out.push(makeFinding('stray-space', text, i, s, e - s, '段末有多余空格，应删除。', ''));
        return;
      }
      // The 版记 line sets the issuing office and the date apart with spaces, as the template lays it out.
      if (e - s >= 2 && IMPRINT_DATE.test(text.slice(e))) return;
      const prev = text[s - 1];
      const next = text[e];
      if (!isCjk(prev) && !isCjk(next)) return;
      // Beside punctuation ("| " of a pasted table row, "。 " between sentences, "— 2 —" of a page
      // number) a space is layout, not a gap inside a word: no finding, and never the letters-and-
      // digits message for it.
      const alnum = (c: string) => /[A-Za-z0-9]/.test(c);
      if (!(isHan(prev) || alnum(prev)) || !(isHan(next) || alnum(next))) return;
      if (e - s === 1 && isHan(prev) && isHan(next) && (insideTitle(text, s) || isTitleLine(text))) return;
      const message = isHan(prev) && isHan(next) ? '中文之间有多余空格，应删除。' : '中文与字母、数字之间不加空格，应删除。';
      out.push(makeFinding('stray-space', text, i, s, e - s, message, ''));
    });
    return out;
  },
};

/** Inside 《…》? Looks back at most 200 characters (a title's length), so the rule stays linear. */
function insideTitle(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at);
  return before.lastIndexOf('《') > before.lastIndexOf('》');
}

/** A title on its own line: short, and no sentence punctuation (a sentence would have some). */
function isTitleLine(text: string): boolean {
  return text.length <= 80 && !/[。，；：！？]/.test(text);
}
