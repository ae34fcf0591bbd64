// "；。" "。。" "，，" "、、" "：：": two marks where one belongs.
import type { ReviewContext, Rule } from '../context.ts';
import { majoritySeparator, seriesGroups, type SeriesItem } from '../series.ts';
import { makeFinding } from '../text.ts';
import type { Finding } from '../../model/findings.ts';

const RUN = /[，。；：、！？,;:!?]{2,}/g;
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' };
// Stronger marks first: when two different marks collide, the stronger pause usually wins.
const STRENGTH = '。？！；：，、';

export const repeatedPunctuation: Rule = {
  id: 'repeated-punctuation',
  check(ctx) {
    const out: Finding[] = [];
    ctx.forEachMatch(RUN, (m, i, at) => {
      const run = m[0];
      if (!/[，。；：、！？]/.test(run)) return; // only half-width marks: Latin text ("What?!")
      const marks = [...run].map((c) => FULL[c] ?? c);
      const suggestion = pick(ctx, i, at, run, marks);
      out.push(makeFinding('repeated-punctuation', ctx.paragraphs[i], i, at, run.length, `“${run}”标点重复，应只保留“${suggestion}”。`, suggestion));
    });
    return out;
  },
};

function pick(ctx: ReviewContext, paragraph: number, offset: number, run: string, marks: string[]): string {
  if (marks.every((c) => c === marks[0])) return marks[0];
  const text = ctx.paragraphs[paragraph];
  // Before "三是" in a 一是/二是 series: keep the separator the other items use.
  const end = offset + run.length;
  if (text.charCodeAt(end) >= 0x4e00 && text.slice(end + 1, end + 4).includes('是')) {
    const group = groupOf(ctx, paragraph, offset);
    const mark = group && majoritySeparator(group).mark;
    if (mark && marks.includes(FULL[mark] ?? mark)) return FULL[mark] ?? mark;
  }
  // At the end of the paragraph a sentence must end.
  let k = end;
  while (k < text.length && (text[k] === ' ' || text[k] === '\u3000' || text[k] === '\t')) k++;
  if (k === text.length) {
    const terminal = marks.find((c) => '。？！'.includes(c));
    return terminal ?? '。';
  }
  return [...STRENGTH].find((c) => marks.includes(c)) ?? marks[0];
}

// The series whose item is separated by the run at `offset`. Groups are computed once per paragraph.
const GROUPS = new WeakMap<object, Map<number, SeriesItem[]>>();
function groupOf(ctx: ReviewContext, paragraph: number, offset: number): SeriesItem[] | undefined {
  const items = ctx.series(paragraph);
  let bySep = GROUPS.get(items);
  if (!bySep) {
    bySep = new Map();
    for (const group of seriesGroups(items)) for (const it of group) if (it.sep) bySep.set(it.sep.offset, group);
    GROUPS.set(items, bySep);
  }
  return bySep.get(offset);
}
