// Plan completeness, from the plan's structure rather than its words: a measure with no 牵头单位
// or no 完成时限, a key task with no measures. Warnings (a plan may be handed in for comment
// before every unit is settled), each on the node's title so the drafter can jump to it. A plan
// that gives no measure a 完成时限 (many plans set one year for all) gets one warning on its title
// instead of one per measure; the same for 牵头单位.
import { levelName, planBody, taskGroupsOf } from '../model/level-rules.ts';
import type { Measure, Plan } from '../model/plan.ts';
import { makeFinding } from '../review/text.ts';
import type { Finding } from '../model/findings.ts';
import type { TextMap } from './text-map.ts';

const SHOWN = 24; // characters of a title quoted in the message

export function completenessFindings(plan: Plan, map: TextMap): Finding[] {
  // Where each node's title was written into the checked text.
  const titleAt = new Map<number, { paragraph: number; start: number; end: number }>();
  map.spans.forEach((spans, paragraph) => {
    for (const s of spans) if (s.field === 'title' && s.nodeId !== null && !titleAt.has(s.nodeId)) titleAt.set(s.nodeId, { paragraph, start: s.start, end: s.end });
  });
  const out: Finding[] = [];
  const flag = (nodeId: number, message: string) => {
    const at = titleAt.get(nodeId);
    if (!at) return;
    const text = map.paragraphs[at.paragraph];
    out.push(makeFinding('plan-incomplete', text, at.paragraph, at.start, at.end - at.start, message));
  };
  const quoted = (title: string) => `“${title.length > SHOWN ? `${title.slice(0, SHOWN)}…` : title}”`;
  const measureName = levelName('measure', plan.levels);
  const taskName = levelName('keyTask', plan.levels);
  const tasks = planBody(plan).flatMap((top) => (top.kind === 'part' ? taskGroupsOf(top).flatMap((g) => g.keyTasks) : []));
  const measures = tasks.flatMap((t) => t.children);
  const noLead = (m: Measure) => m.leadUnits.length === 0;
  const noDeadline = (m: Measure) => m.deadline.trim() === '';
  // Missing in every measure (of two or more): the plan's style, said once on the plan title.
  const wholePlan = (missing: (m: Measure) => boolean) => measures.length >= 2 && measures.every(missing);
  const allNoLead = wholePlan(noLead);
  const allNoDeadline = wholePlan(noDeadline);
  const planWide = [allNoLead && '牵头单位', allNoDeadline && '完成时限'].filter(Boolean) as string[];
  if (planWide.length > 0) {
    const at = map.spans[0]?.find((s) => s.nodeId === null && s.field === 'title');
    if (at)
      out.push(
        makeFinding(
          'plan-incomplete',
          map.paragraphs[0],
          0,
          at.start,
          at.end - at.start,
          `本计划的${measureName}均未填写${planWide.join('和')}，请逐项补上；如全年统一安排，可忽略此提示。`,
        ),
      );
  }
  for (const task of tasks) {
    if (task.children.length === 0) {
      flag(task.id, `${taskName}${quoted(task.title)}下没有${measureName}，请补充${measureName}或将其删除。`);
      continue;
    }
    for (const measure of task.children) {
      const missing: string[] = [];
      if (!allNoLead && noLead(measure)) missing.push('牵头单位');
      if (!allNoDeadline && noDeadline(measure)) missing.push('完成时限');
      if (missing.length > 0) flag(measure.id, `${measureName}${quoted(measure.title)}没有填写${missing.join('和')}，请补上。`);
    }
  }
  return out;
}
