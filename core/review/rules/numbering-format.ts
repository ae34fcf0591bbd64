// How a heading marker is written: "1、" where GB/T 9704 has "1.", "一." where it has "一、",
// and nothing (no space, no punctuation) between the marker and the heading text.
import type { Rule } from '../context.ts';
import { markerFor } from '../headings.ts';
import { makeFinding } from '../text.ts';
import type { Finding } from '../../model/findings.ts';

const AFTER = /^(?:[ \u3000\u00a0]+|[、，,.．：:；;])/;

export const numberingFormat: Rule = {
  id: 'numbering-format',
  check(ctx) {
    const out: Finding[] = [];
    for (const e of ctx.outline) {
      const h = e.heading;
      const text = ctx.paragraphs[h.paragraph];
      // Level 1 written with "." or level 3 with "、" (a level-1 "3、" is numbering-sequence's finding).
      if (e.problem !== 'style' && ((h.level === 1 && h.sep !== '、') || (h.level === 3 && h.sep === '、'))) {
        const right = markerFor(h.level, h.value);
        out.push(makeFinding('numbering-format', text, h.paragraph, h.offset, h.length, `序号“${h.marker}”应写作“${right}”。`, right));
      }
      const end = h.offset + h.length;
      const m = AFTER.exec(text.slice(end, end + 8));
      if (m && end + m[0].length < text.length) {
        const what = m[0].trim() === '' ? '空格' : `“${m[0]}”`;
        out.push(makeFinding('numbering-format', text, h.paragraph, end, m[0].length, `序号“${h.marker}”后不应有${what}，应删除。`, ''));
      }
    }
    return out;
  },
};
