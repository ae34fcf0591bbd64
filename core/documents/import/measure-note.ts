// The trailing （牵头单位：…；配合单位：…；完成时限：…） of a measure, as the plan export and most
// district plans write it. Other names for the same fields (责任单位, 完成时间 …) are read too.
import type { UNIT_KINDS } from '../../model/plan.ts';
import { splitTrailingPhrase } from './responsibility.ts';
import { splitUnitNames } from './unit-names.ts';

type UnitKind = (typeof UNIT_KINDS)[number];

export interface MeasureNote {
  leadUnits: string[];
  supportUnits: string[];
  deadline: string;
}

/**
 * Splits "text（牵头单位：A；完成时限：B）" — or any other responsibility phrase at the end of the
 * paragraph (responsibility.ts) — into the text and the note. Implementers count as support units.
 */
export function splitMeasureNote(paragraph: string): { text: string; note: MeasureNote | null } {
  const { text, phrase } = splitTrailingPhrase(paragraph);
  if (!phrase) return { text: paragraph, note: null };
  return { text, note: { leadUnits: phrase.leadUnits, supportUnits: [...phrase.supportUnits, ...phrase.implementers.filter((u) => !phrase.supportUnits.includes(u))], deadline: phrase.deadline } };
}

/** "区生态环境局、区城管委" → two units; brackets and the collective "各…、街道办事处" stay whole. */
export const splitUnits = splitUnitNames;

/** The registry kind a unit's name suggests: 镇/乡/街道 → 镇乡街道, 区… → 委办局. */
export function unitKindOf(name: string): UnitKind {
  if (/(?:镇|乡|街道|街道办事处|地区办事处)(?:人民政府)?$/.test(name) || /^各镇/.test(name)) return '镇乡街道';
  if (/^区/.test(name)) return '委办局';
  // City and county bureaus in other cities' plans ("市生态环境局", "县发改局（统计局）").
  if (/^[市县]/.test(name) && /(?:局|委|委员会|办公室|办)(?:[（(][^）)]*[）)])?$/.test(name)) return '委办局';
  return '其他';
}
