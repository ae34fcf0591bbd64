// Who does a measure and by when, as the plan text and the task tables write it.
import type { Measure } from '../../model/plan.ts';

/** Units are joined with the 顿号, as in "区生态环境局、区城管委". */
export const joinUnits = (units: string[]): string => units.join('、');

/** "（牵头单位：A、B；配合单位：C；完成时限：2024年底前）"; empty parts are left out. */
export function assignmentNote(measure: Measure): string {
  const items: string[] = [];
  if (measure.leadUnits.length > 0) items.push(`牵头单位：${joinUnits(measure.leadUnits)}`);
  if (measure.supportUnits.length > 0) items.push(`配合单位：${joinUnits(measure.supportUnits)}`);
  if (measure.deadline.trim() !== '') items.push(`完成时限：${measure.deadline}`);
  return items.length === 0 ? '' : `（${items.join('；')}）`;
}
