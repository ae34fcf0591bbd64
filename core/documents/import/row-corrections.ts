// The drafter's corrections made in the preview: the units and roles of a measure row (and, with
// "同类行一并更正", of every row read the same way — the renderer sends each of them). Applied to
// the reading before the plan is written, so the preview, `import.commit` and the CLI agree.
import type { ImportDraft } from './outline-plan.ts';
import type { RowCorrection } from './reading.ts';
import { splitUnitNames } from '../../model/unit-names.ts';

export function applyRowCorrections(draft: ImportDraft, corrections: RowCorrection[]): void {
  let applied = 0;
  for (const c of corrections) {
    const measure = draft.measureAt?.get(c.index);
    if (!measure) continue;
    const lead = c.leadUnits.flatMap(splitUnitNames);
    const support = c.supportUnits.flatMap(splitUnitNames).filter((u) => !lead.includes(u));
    measure.leadUnits = lead;
    measure.supportUnits = support;
    for (const r of draft.rows) {
      if (r.index === c.index && r.as === 'measure') Object.assign(r, { leadUnits: lead, supportUnits: support, rule: `起草人在预览中更正的责任单位` });
    }
    applied++;
  }
  if (applied) draft.notes.push(`起草人在预览中更正了${applied}项措施的牵头单位和配合单位。`);
}
