// Checking a plan file: the plan text worded as the export words it, then the 起草说明 (the
// stored one, or the template the plan would export), checked together so a number stated in
// both places must agree. Count sentences are compared with the plan's real counts (not only
// with each other), and findings the drafter dismissed are left out and counted.
import { countsReport } from '../counts/report.ts';
import { checkParagraphs, countMismatchesAgainstPlan, findingKey, RULE_IDS, statedCounts, type Finding } from '../review/index.ts';
import type { Db } from '../store/open.ts';
import { buildExplanationTemplate } from '../model/explanation-template.ts';
import { levelWords } from '../model/level-words.ts';
import { readStoredExplanation } from '../store/explanation.ts';
import { readPlan } from '../store/read-plan.ts';
import { completenessFindings } from './completeness.ts';
import { consultationOpenFindings } from './consultation-open.ts';
import { explanationGaps } from './explanation-gaps.ts';
import { staleYearFindings } from './stale-years.ts';
import { readDocumentSettings } from '../store/document-settings.ts';
import { dismissalKeys } from './dismissals.ts';
import { addExplanationText, addPlanText } from './plan-text.ts';
import { statedCountsView } from '../review/stated-view.ts';
import { TextMap } from './text-map.ts';
import type { CheckResult, LocatedFinding } from '../model/check-result.ts';

const TEXT_RULES = RULE_IDS.filter((r) => r !== 'count-mismatch' && r !== 'plan-incomplete' && r !== 'explanation-incomplete' && r !== 'consultation-open' && r !== 'stale-year');

export function checkPlan(db: Db): CheckResult {
  const plan = readPlan(db);
  const map = new TextMap();
  addPlanText(map, plan);
  const explanationStart = map.paragraphs.length;
  // The stored 起草说明, or the template the plan would export (built from the plan already read).
  const stored = readStoredExplanation(db);
  addExplanationText(map, plan, stored ?? buildExplanationTemplate(plan));
  const paragraphs = map.paragraphs;
  const explanation = paragraphs.slice(explanationStart);

  const report = countsReport(db);
  // count sentences are read and answered in the plan's own level words ("27项主要任务")
  const words = levelWords(plan.levels);
  const counts = countMismatchesAgainstPlan(
    statedCounts(explanation, words),
    { parts: report.parts.map((p) => ({ name: p.name, aspects: p.aspects, keyTasks: p.keyTasks, measures: p.measures })), totals: report.totals },
    words,
  ).map((f) => ({ ...f, paragraph: f.paragraph + explanationStart }));

  const all: Finding[] = [
    ...checkParagraphs(paragraphs, { rules: TEXT_RULES }),
    ...counts,
    ...completenessFindings(plan, map),
    ...consultationOpenFindings(db, map),
    ...staleYearFindings(plan, map),
    ...explanationGaps(plan, map, { templateInUse: stored === undefined || stored === null, draftingUnit: readDocumentSettings(db).draftingUnit }),
  ];
  all.sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);

  const dismissed = dismissalKeys(db);
  const seen = new Set<string>();
  const findings: LocatedFinding[] = [];
  let dismissedCount = 0;
  // The engine names other places as "第N段" of the checked text, which the drafter never sees
  // as such: say which document, and which paragraph of its export.
  const where = (n: number) => (n > explanationStart ? `起草说明第${n - explanationStart}段` : `计划正文第${n}段`);
  for (const f of all) {
    const message = f.message.replace(/第(\d+)段/g, (_, n: string) => where(Number(n)));
    const located: LocatedFinding = { ...f, message, ...map.place(f.paragraph, f.offset, f.length) };
    // A part's goals are checked in the plan and again where the 起草说明 quotes them: report once.
    if (located.nodeId !== null && located.field !== null) {
      const key = `${f.rule}|${located.nodeId}|${located.field}|${located.fieldOffset}|${f.length}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    if (dismissed.has(findingKey(f))) dismissedCount++;
    else findings.push(located);
  }
  return { source: 'plan', findings, dismissed: dismissedCount, stated: statedCountsView(explanation, explanationStart, words), paragraphs };
}
