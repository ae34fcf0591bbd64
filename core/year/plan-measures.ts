// The issued plan's measures and indicators as the year's work sees them: each measure with its
// place (number, part, key task), 牵头单位 and deadline as a date; each indicator with the unit
// asked to report it. Read from the plan as it is now (adjustments included).
import { depthNumber } from '../model/numbering.ts';
import { aspectsOf, keyTasksOf } from '../model/level-rules.ts';
import type { Indicator, Plan } from '../model/plan.ts';
import type { MeasurePlace } from '../model/year.ts';
import { deadlineDate } from './deadline.ts';

export interface YearMeasure extends MeasurePlace {
  indicatorIds: number[];
}

export interface YearIndicator extends Indicator {
  partTitle: string;
  /** the unit asked for its monthly values: the 牵头单位 leading most of its linked measures */
  reporter: string | null;
}

export function yearMeasures(plan: Plan): YearMeasure[] {
  const out: YearMeasure[] = [];
  const threeLevel = !plan.levels.aspects;
  // a part's 一、 number counts the text sections among the parts
  const partNumber = new Map<number, number>();
  let n = 0;
  const sectionOrders = new Set(plan.sections.map((s) => s.order));
  for (const part of plan.parts) {
    while (sectionOrders.has(n)) n++;
    partNumber.set(part.id, n++);
  }
  for (const part of plan.parts) {
    const head = depthNumber(0, partNumber.get(part.id)!);
    const walk = (prefix: string, depth: number, tasks: ReturnType<typeof keyTasksOf>) =>
      tasks.forEach((task, ti) => {
        const taskNo = prefix + depthNumber(depth, ti);
        task.children.forEach((m, mi) =>
          out.push({
            id: m.id,
            number: taskNo + depthNumber(depth + 1, mi),
            partId: part.id,
            partTitle: part.title,
            keyTask: task.title,
            text: m.title,
            leadUnits: m.leadUnits,
            deadline: m.deadline,
            dueDate: deadlineDate(m.deadline, plan.year),
            indicatorIds: m.indicatorIds,
          }),
        );
      });
    if (threeLevel) walk(head, 1, keyTasksOf(part));
    else aspectsOf(part).forEach((a, ai) => walk(head + depthNumber(1, ai), 2, a.children));
  }
  return out;
}

export function yearIndicators(plan: Plan, measures: YearMeasure[] = yearMeasures(plan)): YearIndicator[] {
  const leads = new Map<number, Map<string, number>>();
  for (const m of measures) {
    const lead = m.leadUnits[0];
    if (!lead) continue;
    for (const id of m.indicatorIds) {
      const tally = leads.get(id) ?? new Map<string, number>();
      tally.set(lead, (tally.get(lead) ?? 0) + 1);
      leads.set(id, tally);
    }
  }
  return plan.parts.flatMap((part) =>
    part.indicators.map((ind) => {
      const tally = [...(leads.get(ind.id) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
      const partLeads = measures
        .filter((m) => m.partId === part.id)
        .map((m) => m.leadUnits[0])
        .filter(Boolean);
      const fallback = partLeads.sort((a, b) => partLeads.filter((x) => x === b).length - partLeads.filter((x) => x === a).length)[0] ?? null;
      return { ...ind, partTitle: part.title, reporter: tally[0]?.[0] ?? fallback };
    }),
  );
}
