// Dates as 公文 writes them: a day has its 日 ("2024年3月5日"; "2024年3月" alone is a month and
// fine), and a range of years takes the dash "—" ("2024—2025年"), not a hyphen or a tilde.
// Left alone: day ranges and lists ("3月5—8日", "3月5、6日"), decimals, and 号.
import type { Rule } from '../context.ts';
import { makeFinding } from '../text.ts';
import type { Finding } from '../../model/findings.ts';

// A year-month-day whose day is not followed by 日 (or by what makes it a range, a list or a number).
const NO_DAY = /(?<!\d)\d{4}年\d{1,2}月(\d{1,2})(?![\d日号—–\-－~～至到、，,.．])/g;
// "2024-2025年", "2024年-2025年", "2024～2025年度".
const YEAR_RANGE = /(?<!\d)\d{4}年?([-－–~～])\d{4}年/g;

export const dateFormat: Rule = {
  id: 'date-format',
  check(ctx) {
    const out: Finding[] = [];
    ctx.forEachMatch(NO_DAY, (m, i, at) => {
      const text = ctx.paragraphs[i];
      const day = m[1];
      const dayAt = at + m[0].length - day.length;
      out.push(makeFinding('date-format', text, i, dayAt, day.length, `日期“${m[0]}”缺少“日”，应写作“${m[0]}日”。`, `${day}日`));
    });
    ctx.forEachMatch(YEAR_RANGE, (m, i, at) => {
      const text = ctx.paragraphs[i];
      const dashAt = at + m[0].indexOf(m[1]);
      out.push(makeFinding('date-format', text, i, dashAt, 1, `年份起止应使用连接号“—”：“${m[0]}”应为“${m[0].replace(m[1], '—')}”。`, '—'));
    });
    out.sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
    return out;
  },
};
