// Counting over an in-memory plan tree. The plan file keeps the same numbers incrementally
// (see store/); this is the reference the store is tested against and what exports use.
import type { Part, Plan, Tally } from '../model/plan.ts';

export function tallyPart(part: Part): Tally {
  let keyTasks = 0;
  let measures = 0;
  for (const aspect of part.children) {
    keyTasks += aspect.children.length;
    for (const task of aspect.children) measures += task.children.length;
  }
  return { aspects: part.children.length, keyTasks, measures };
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

export function tallyPlan(plan: Plan): Tally {
  return sumTallies(plan.parts.map(tallyPart));
}
