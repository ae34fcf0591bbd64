// Writes a PlanSpec into an empty plan file, inside the caller's transaction.
import { QicaoError } from '../errors.ts';
import type { PlanSpec } from '../model/plan-spec.ts';
import { insertIndicator } from './indicators.ts';
import { writeMeasureFields } from './measures.ts';
import { insertNode } from './nodes.ts';
import type { Db } from './open.ts';
import { writePlanInfo } from './plan-meta.ts';
import { insertUnit } from './units.ts';

export function fillPlan(db: Db, spec: PlanSpec): void {
  writePlanInfo(db, { title: spec.title, year: spec.year, isSample: spec.isSample });
  for (const u of spec.units) insertUnit(db, u);
  spec.parts.forEach((p, pi) => {
    const partId = insertNode(db, { parentId: null, kind: 'part', title: p.title, index: pi }, { goals: p.goals, content: p.content });
    const indicatorIds = new Map<string, number>();
    p.indicators.forEach((ind, i) => indicatorIds.set(ind.name, insertIndicator(db, { ...ind, partId }, i)));
    p.aspects.forEach((a, ai) => {
      const aspectId = insertNode(db, { parentId: partId, kind: 'aspect', title: a.title, index: ai });
      a.keyTasks.forEach((t, ti) => {
        const taskId = insertNode(db, { parentId: aspectId, kind: 'keyTask', title: t.title, index: ti });
        t.measures.forEach((m, mi) => {
          const id = insertNode(db, { parentId: taskId, kind: 'measure', title: m.text, index: mi }, { deadline: m.deadline });
          const links = m.indicators.map((name) => {
            const found = indicatorIds.get(name);
            if (found === undefined) throw new QicaoError('bad-input', `措施“${m.text.slice(0, 20)}…”关联的指标“${name}”不在“${p.title}”的指标中。`);
            return found;
          });
          writeMeasureFields(db, id, { leadUnits: m.leadUnits, supportUnits: m.supportUnits, indicatorIds: links });
        });
      });
    });
  });
}
