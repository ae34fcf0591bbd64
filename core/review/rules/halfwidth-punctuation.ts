// Half-width , ; : ( ) ? ! (and a sentence-ending ".") touching Chinese text. Marks between
// digits or Latin letters (4.5, PM2.5, 10:30, 1,000, f(x), English sentences) and inside
// URLs are left alone: only a Chinese neighbour makes the mark wrong.
import type { Rule } from '../context.ts';
import { isCjk, isHan, makeFinding } from '../text.ts';
import type { Finding } from '../../model/findings.ts';

const MARK = /[,;:()?!.]/g;
const URL = /(?:https?|ftp):\/\/[^\s，。；！？（）、“”《》\u3400-\u9fff]+|www\.[A-Za-z0-9.-]+[^\s，。；！？（）、“”《》\u3400-\u9fff]*/g;
const PAREN_OR_HAN = /[()]|[\u3400-\u9fff\uf900-\ufaff]+/g;
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！', '.': '。' };

export const halfwidthPunctuation: Rule = {
  id: 'halfwidth-punctuation',
  check(ctx) {
    const out: Finding[] = [];
    // Per-paragraph facts, computed for the paragraph of the current match only when needed.
    let of = -1;
    let urls: [number, number][] = [];
    let u = 0; // first URL not yet passed (matches come in order)
    let parens: Set<number> | null = null;
    ctx.forEachMatch(MARK, (m, i, at) => {
      const text = ctx.paragraphs[i];
      if (of !== i) [of, urls, u, parens] = [i, urlSpans(text), 0, null];
      while (u < urls.length && urls[u][1] <= at) u++;
      if (u < urls.length && urls[u][0] <= at) return;
      const c = m[0];
      const prev = text[at - 1];
      const next = text[at + 1];
      let wrong: boolean;
      if (c === '(' || c === ')') wrong = (parens ??= chineseParens(text)).has(at);
      else if (c === '.')
        wrong = isHan(prev) && (next === undefined || isHan(next)); // "完成任务.下一步"
      else wrong = isCjk(prev) || isCjk(next);
      if (wrong) out.push(makeFinding('halfwidth-punctuation', text, i, at, 1, `中文中的半角“${c}”应改为全角“${FULL[c]}”。`, FULL[c]));
    });
    return out;
  },
};

/** URLs of a paragraph (usually none: two substring tests). */
function urlSpans(text: string): [number, number][] {
  if (!text.includes('://') && !text.includes('www.')) return [];
  const spans: [number, number][] = [];
  URL.lastIndex = 0;
  for (let m; (m = URL.exec(text));) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * Offsets of half-width parentheses that belong to Chinese text: a matched pair is Chinese
 * when it holds Chinese ("(一)") or touches Chinese outside ("颗粒物(PM10)", "(1)加强"), unless
 * it is attached to a Latin word ("f(x)的");
 * an unmatched one when it touches Chinese.
 */
function chineseParens(text: string): Set<number> {
  const wrong = new Set<number>();
  // Open parentheses with whether Chinese was seen inside so far; a closing pair hands its
  // flag to the enclosing one, so each character is looked at once.
  const stack: { at: number; han: boolean }[] = [];
  PAREN_OR_HAN.lastIndex = 0;
  for (let m; (m = PAREN_OR_HAN.exec(text));) {
    const k = m.index;
    const c = m[0];
    if (c === '(') stack.push({ at: k, han: false });
    else if (c !== ')') {
      if (stack.length) stack[stack.length - 1].han = true;
    } else {
      const open = stack.pop();
      if (open === undefined) {
        if (isCjk(text[k - 1]) || isCjk(text[k + 1])) wrong.add(k);
        continue;
      }
      if (open.han && stack.length) stack[stack.length - 1].han = true;
      if (
        isCjk(text[open.at - 1]) ||
        open.han ||
        (isCjk(text[k + 1]) && !/[A-Za-z0-9]/.test(text[open.at - 1] ?? '')) // "f(x)的" is Latin notation
      ) {
        wrong.add(open.at);
        wrong.add(k);
      }
    }
  }
  for (const { at } of stack) if (isCjk(text[at - 1]) || isCjk(text[at + 1])) wrong.add(at);
  return wrong;
}
