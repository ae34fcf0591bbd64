// Writes a PlanSpec into an empty plan file, inside the caller's transaction.
import { QicaoError } from '../errors.ts';
import type { PlanSpec } from '../model/plan-spec.ts';
import { DEFAULT_LEVEL_SCHEME, type LevelScheme } from '../model/levels.ts';
import { insertIndicator } from './indicators.ts';
import { writeLevelScheme } from './level-scheme.ts';
import { writeMeasureFields } from './measures.ts';
import { insertNode } from './nodes.ts';
import type { Db } from './open.ts';
import { writePlanInfo } from './plan-meta.ts';
import { writePreamble } from './plan-preamble.ts';
import { insertUnit } from './units.ts';

export function fillPlan(db: Db, spec: PlanSpec): void {
  writePlanInfo(db, { title: spec.title, year: spec.year, isSample: spec.isSample });
  // only a scheme other than the default is written: a new file starts with the default row,
  // and a migration test fills files of versions that have no scheme yet
  if (!isDefaultScheme(spec.levels)) writeLevelScheme(db, spec.levels);
  for (const u of spec.units) insertUnit(db, u);
  if (spec.preamble) writePreamble(db, spec.preamble);
  spec.parts.forEach((p, pi) => {
    if (p.kind === 'section') {
      insertNode(db, { parentId: null, kind: 'section', title: p.title, index: pi }, { content: p.content });
      return;
    }
    const partId = insertNode(db, { parentId: null, kind: 'part', title: p.title, index: pi }, { goals: p.goals, content: p.content });
    const indicatorIds = new Map<string, number>();
    p.indicators.forEach((ind, i) => indicatorIds.set(ind.name, insertIndicator(db, { ...ind, partId }, i)));
    if (!spec.levels.aspects && p.aspects.length > 0) {
      throw new QicaoError('bad-input', `“${p.title}”下有${spec.levels.names.aspect}，但计划的层级中没有这一级。`);
    }
    // nothing is dropped silently: key tasks outside the scheme's shape are refused, not lost
    if (spec.levels.aspects && p.keyTasks.length > 0) {
      throw new QicaoError('bad-input', `“${p.title}”下有直接位于部分下的${spec.levels.names.keyTask}，但计划为四级结构，它们须放在某个${spec.levels.names.aspect}下。`);
    }
    // four levels: key tasks in their aspects; three: directly under the part. Each aspect is
    // inserted just before its tasks: ids follow document order, as they always have.
    const groups = spec.levels.aspects
      ? p.aspects.map((a, ai) => ({ parent: () => insertNode(db, { parentId: partId, kind: 'aspect', title: a.title, index: ai }), keyTasks: a.keyTasks }))
      : [{ parent: () => partId, keyTasks: p.keyTasks }];
    groups.forEach((group) => {
      const parentId = group.parent();
      group.keyTasks.forEach((t, ti) => {
        const taskId = insertNode(db, { parentId, kind: 'keyTask', title: t.title, index: ti });
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

function isDefaultScheme(levels: LevelScheme): boolean {
  const d = DEFAULT_LEVEL_SCHEME;
  return levels.aspects === d.aspects && (Object.keys(d.names) as (keyof LevelScheme['names'])[]).every((k) => levels.names[k] === d.names[k]);
}
