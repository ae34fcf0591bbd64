// 审校 of last year's text left in this year's plan: a deadline ("2024年底前") or a 年度 phrase
// dated before the plan's year, in a measure's 完成时限, its text, the goals and content, or the
// 起草说明's own text. Which years count is model/year-shift.ts (baselines and basis documents
// never do). Each finding carries the certain fix (the plan's year), applied by review.fix.
import { planYearOf, staleYears } from '../model/year-shift.ts';
import type { Finding } from '../model/findings.ts';
import type { Plan } from '../model/plan.ts';
import { makeFinding } from '../review/text.ts';
import type { TextMap } from './text-map.ts';

export function staleYearFindings(plan: Plan, map: TextMap): Finding[] {
  const year = planYearOf(plan);
  if (year === null) return [];
  const out: Finding[] = [];
  map.paragraphs.forEach((text, paragraph) => {
    for (const s of staleYears(text, year)) {
      const inDeadline = map.spans[paragraph]?.some((sp) => sp.field === 'deadline' && sp.start <= s.start && s.end <= sp.end);
      const what = inDeadline ? '完成时限' : '这处时间';
      out.push(
        makeFinding(
          'stale-year',
          text,
          paragraph,
          s.start,
          s.end - s.start,
          `${what}“${text.slice(s.start, s.start + 12).replace(/[，。；）].*$/, '')}”早于计划年度${year}年，可能是上一年度的内容：请改为“${s.replacement}”，或确认无误后忽略。`,
          s.replacement,
        ),
      );
    }
  });
  return out;
}
