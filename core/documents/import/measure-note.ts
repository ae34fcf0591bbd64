// The trailing （牵头单位：…；配合单位：…；完成时限：…） of a measure, as the plan export and most
// district plans write it. Other names for the same fields (责任单位, 完成时间 …) are read too.
import { splitUnitNames, unitKindOf } from '../../model/unit-names.ts';
import { splitTrailingPhrase } from './responsibility.ts';

export { unitKindOf };

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
  return {
    text,
    note: {
      leadUnits: phrase.leadUnits,
      supportUnits: [...phrase.supportUnits, ...phrase.implementers.filter((u) => !phrase.supportUnits.includes(u))],
      deadline: phrase.deadline,
    },
  };
}

/** "区生态环境局、区城管委" → two units; brackets and the collective "各…、街道办事处" stay whole. */
export const splitUnits = splitUnitNames;
