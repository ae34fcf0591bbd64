// 一是…二是…三是… items of one series end with the same mark: all "。" or all "；" (or all "，").
// The mark most items use is taken as the intended one. Runs like "；。" are repeated-punctuation's
// business and are skipped here when they contain the intended mark.
import type { Rule } from '../context.ts';
import { majoritySeparator, seriesGroups } from '../series.ts';
import { makeFinding } from '../text.ts';
import type { Finding } from '../../model/findings.ts';

export const parallelSeparator: Rule = {
  id: 'parallel-separator',
  check(ctx) {
    const out: Finding[] = [];
    for (const [i, items] of ctx.seriesByParagraph) {
      if (items.length < 3) continue;
      const text = ctx.paragraphs[i];
      for (const group of seriesGroups(items)) {
        const { mark, clear } = majoritySeparator(group);
        if (!mark) continue;
        for (const it of group.slice(1)) {
          if (!it.sep || it.sep.text.includes(mark)) continue;
          const label = text.slice(it.offset, it.offset + it.length);
          const others = `其他各项用“${mark}”分隔`;
          out.push(
            makeFinding(
              'parallel-separator',
              text,
              i,
              it.sep.offset,
              it.sep.text.length,
              clear
                ? `并列项分隔标点不统一：“${label}”前用了“${it.sep.text}”，${others}，应改为“${mark}”。`
                : `并列项分隔标点不统一：“${label}”前用了“${it.sep.text}”，前面用的是“${mark}”，请统一。`,
              clear ? mark : undefined,
            ),
          );
        }
      }
    }
    return out;
  },
};
