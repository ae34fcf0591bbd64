// Heading numbers per level (一、 / （一） / 1. / （1）) must run 1, 2, 3 … and restart under a
// new parent; the 一是/二是/三是 items of a paragraph must not skip either. A series may run on
// across paragraphs that each begin with "二是" "三是" …
import type { Rule } from '../context.ts';
import { markerFor } from '../headings.ts';
import type { SeriesItem } from '../series.ts';
import { chineseNumeral, makeFinding } from '../text.ts';
import type { Finding } from '../../model/findings.ts';

const LEVEL_NAME = ['', '一级', '二级', '三级', '四级'];

export const numberingSequence: Rule = {
  id: 'numbering-sequence',
  check(ctx) {
    const out: Finding[] = [];
    for (const e of ctx.outline) {
      if (!e.problem) continue;
      const h = e.heading;
      const text = ctx.paragraphs[h.paragraph];
      const right = markerFor(e.level, e.expected);
      let message: string;
      if (e.problem === 'style') {
        message = `序号“${h.marker}”与同级标题“${markerFor(e.level, 1)}”的写法不一致，应为“${right}”。`;
      } else if (e.problem === 'start') {
        message = `${LEVEL_NAME[e.level]}标题序号应从“${markerFor(e.level, 1)}”开始，此处为“${h.marker}”。`;
      } else {
        message = `${LEVEL_NAME[e.level]}标题序号不连续：前一个是“${markerFor(e.level, e.expected - 1)}”，此处“${h.marker}”应为“${right}”。`;
      }
      out.push(makeFinding('numbering-sequence', text, h.paragraph, h.offset, h.length, message, right));
    }

    const lastOf = new Map<number, number>(); // paragraph → number of its last item
    for (const [i, items] of ctx.seriesByParagraph) {
      const text = ctx.paragraphs[i];
      let last = 0;
      items.forEach((it: SeriesItem, k) => {
        if (it.n === 1) {
          last = 1;
          return;
        }
        if (k === 0) {
          const leading = it.sep === null && text.slice(0, it.offset).trim() === '';
          // A paragraph opening with "二是" continues the previous paragraph's series; without one we cannot tell.
          const carried = leading ? (lastOf.get(previousNonBlank(ctx.paragraphs, i)) ?? 0) : 0;
          if (leading && carried === 0) {
            last = it.n;
            return;
          }
          last = carried;
        }
        if (it.n !== last + 1) {
          const right = `${chineseNumeral(last + 1)}是`;
          const before = last === 0 ? '前面没有“一是”' : `前一项是“${chineseNumeral(last)}是”`;
          out.push(
            makeFinding(
              'numbering-sequence',
              text,
              i,
              it.offset,
              it.length,
              `并列序号不连续：${before}，此处“${text.slice(it.offset, it.offset + it.length)}”应为“${right}”。`,
              right,
            ),
          );
        }
        last = it.n;
      });
      lastOf.set(i, last);
    }
    return out;
  },
};

/** Index of the nearest non-blank paragraph before `i` (at most 20 blank ones back), or -1. */
function previousNonBlank(paragraphs: string[], i: number): number {
  for (let j = i - 1; j >= 0 && j >= i - 21; j--) if (paragraphs[j].trim()) return j;
  return -1;
}
