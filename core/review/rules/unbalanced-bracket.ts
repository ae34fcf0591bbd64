// Brackets and quotes that do not pair up within a paragraph: 〔〕《》（）“”. Nesting is fine
// (“（牵头单位：各县（市）政府）”), and so is a bracket closed later in the same paragraph. Half-
// and full-width round brackets pair with each other here: the half-width one is
// halfwidth-punctuation's business, not a second finding. Left alone: a list marker "1）" at a
// paragraph's start, a quotation running over several paragraphs, which by convention opens
// each paragraph with “ and closes only at its end, and a title broken over lines (a Word 公文
// title is often two or three paragraphs: "《推进…建设 持续深入" / "…行动计划》的起草说明").
import type { Rule } from '../context.ts';
import { makeFinding } from '../text.ts';
import type { Finding } from '../../model/findings.ts';

const MARK = /[〔〕《》（）()“”]/g;
// Families 0–3: 〔〕 《》 （） “”. Looked up by char code: this runs per bracket of the document.
const OPEN_CHARS = ['〔', '《', '（', '“'];
const CLOSE_CHARS = ['〕', '》', '）', '”'];
const PAREN = 2;
function familyOf(code: number): number {
  switch (code) {
    case 0x3014:
    case 0x3015:
      return 0; // 〔〕
    case 0x300a:
    case 0x300b:
      return 1; // 《》
    case 0xff08:
    case 0xff09:
    case 0x28:
    case 0x29:
      return PAREN; // （）()
    default:
      return 3; // “”
  }
}
const isOpener = (code: number) => code === 0x3014 || code === 0x300a || code === 0xff08 || code === 0x28 || code === 0x201c;
const MAX_DEPTH = 16;
const LIST_MARKER = /^[ \u3000\t]*[0-9A-Za-z一二三四五六七八九十]{1,3}$/;

interface Open {
  ch: string;
  family: number;
  paragraph: number;
  offset: number;
}

/** A title line goes on in the next paragraph: short, and no sentence punctuation. */
const isTitleLine = (text: string) => text.length <= 80 && !/[。，；：！？]/.test(text);

/** Paragraphs `from` to `to - 1` are lines of one title (three lines at most) that `to` may end. */
function titleGoesOn(paragraphs: string[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let j = from; j < to; j++) if (!isTitleLine(paragraphs[j])) return false;
  return true;
}

/**
 * A bracket opened at the end of one line and closed at the start of the next: a line broken
 * inside the bracket (text pasted from a PDF, "……（牵头单位：市交通运输局；配合单位" / "：市生态环境局）").
 * Only the very next paragraph, only when the line stops mid-sentence, and only when the next
 * line's first bracket of that family is a closer.
 */
function closedOnNextLine(paragraphs: string[], open: Open, next: number): boolean {
  if (next !== open.paragraph + 1) return false;
  // a line ending its sentence was not broken by a page: its bracket really is unclosed
  if (/[。！？；!?;]\s*$/.test(paragraphs[open.paragraph])) return false;
  const text = paragraphs[next].slice(0, 400);
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (!'〔〕《》（）()“”'.includes(text[k]) || familyOf(code) !== open.family) continue;
    return !isOpener(code);
  }
  return false;
}

export const unbalancedBracket: Rule = {
  id: 'unbalanced-bracket',
  check(ctx) {
    const out: Finding[] = [];
    let paragraph = -1;
    let stack: Open[] = [];
    const unclosed = (o: Open) =>
      makeFinding('unbalanced-bracket', ctx.paragraphs[o.paragraph], o.paragraph, o.offset, 1, `“${o.ch}”没有与之配对的“${CLOSE_CHARS[o.family]}”，请补上或删除。`);
    const flush = () => {
      if (paragraph < 0) return;
      const next = ctx.paragraphs[paragraph + 1]?.trimStart() ?? '';
      for (const o of stack) {
        if (o.family === 3 && next.startsWith('“')) continue; // a quotation going on in the next paragraph
        out.push(unclosed(o));
      }
      stack = [];
    };
    ctx.forEachMatch(MARK, (m, i, at) => {
      if (i !== paragraph) {
        // Openers of a title line stay open into the next line of the title.
        if (!(stack.length > 0 && (titleGoesOn(ctx.paragraphs, stack[0].paragraph, i) || closedOnNextLine(ctx.paragraphs, stack[stack.length - 1], i)))) flush();
        paragraph = i;
      }
      const ch = m[0];
      const code = ch.charCodeAt(0);
      const family = familyOf(code);
      if (isOpener(code)) {
        stack.push({ ch, family, paragraph: i, offset: at });
        // No real text nests this deep: the oldest is reported now, so a closer's search stays short.
        if (stack.length > MAX_DEPTH) out.push(unclosed(stack.shift()!));
        return;
      }
      let k = stack.length - 1;
      if (k >= 0 && stack[k].family === family) {
        stack.length = k; // the usual case: closes the innermost open bracket
        return;
      }
      while (k >= 0 && stack[k].family !== family) k--;
      const text = ctx.paragraphs[i];
      if (k < 0) {
        if (family === PAREN && LIST_MARKER.test(text.slice(0, at))) return;
        out.push(makeFinding('unbalanced-bracket', text, i, at, 1, `“${ch}”前面没有与之配对的“${OPEN_CHARS[family]}”，请补上或删除。`));
        return;
      }
      // Openers above the match were never closed: 《…（…》.
      for (const o of stack.slice(k + 1)) out.push(unclosed(o));
      stack.length = k;
    });
    flush();
    out.sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
    return out;
  },
};
