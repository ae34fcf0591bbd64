// Counting over an in-memory plan tree. The plan file keeps the same numbers incrementally
// (see store/); this is the reference the store is tested against and what exports use.
// Text sections are not parts: plan.parts never holds them, so they are never counted.
import { aspectsOf, keyTasksOf } from './level-rules.ts';
import type { Part, Plan, Tally } from './plan.ts';

export function tallyPart(part: Part): Tally {
  const keyTasks = keyTasksOf(part);
  return { aspects: aspectsOf(part).length, keyTasks: keyTasks.length, measures: keyTasks.reduce((n, t) => n + t.children.length, 0) };
}

export function sumTallies(tallies: Tally[]): Tally {
  return tallies.reduce(
    (sum, t) => ({
      aspects: sum.aspects + t.aspects,
      keyTasks: sum.keyTasks + t.keyTasks,
      measures: sum.measures + t.measures,
    }),
    { aspects: 0, keyTasks: 0, measures: 0 },
  );
}

export function tallyPlan(plan: Pick<Plan, 'parts'>): Tally {
  return sumTallies(plan.parts.map(tallyPart));
}
