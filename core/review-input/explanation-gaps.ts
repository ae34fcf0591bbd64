// What the drafter must still write in the 起草说明 the plan would export: the template leaves a
// sentence out rather than print a leftover ("上一年度", "同时增加了……等内容", an empty
// "主要目标："), and `qicao check` says here what is missing and where to fill it in.
import type { Plan } from '../model/plan.ts';
import { makeFinding } from '../review/text.ts';
import type { Finding } from '../model/findings.ts';
import type { TextMap } from './text-map.ts';

export function explanationGaps(plan: Plan, map: TextMap, options: { templateInUse: boolean; draftingUnit: string }): Finding[] {
  const at = map.spans[0]?.find((s) => s.nodeId === null && s.field === 'title');
  if (!at) return [];
  const gaps: string[] = [];
  if (!options.draftingUnit.trim()) gaps.push('尚未填写起草单位（导出文件的作者、起草说明中的“我单位”），请在起草说明的文件信息中填写');
  if (options.templateInUse) {
    const actuals = plan.parts.some((p) => p.indicators.some((i) => i.baselineYear !== null && i.baselineValue !== null));
    if (!actuals) gaps.push('起草背景缺少上一年度的实际成效：请在各部分的指标表中填写基准年及实际值，起草说明会据此写出');
    if (!plan.isSample) gaps.push('起草背景尚未写明今年新增的内容（“同时增加了……等内容”），请在起草说明中补写');
    const noGoals = plan.parts.filter((p) => p.goals.trim() === '').map((p) => `“${p.title}”`);
    if (noGoals.length > 0) gaps.push(`${noGoals.join('、')}没有主要目标，起草说明中该部分只有计数句，请补写主要目标`);
  }
  return gaps.map((gap) => makeFinding('explanation-incomplete', map.paragraphs[0], 0, at.start, at.end - at.start, `起草说明待补写：${gap}。`));
}
