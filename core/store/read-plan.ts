// Reads the whole plan into the model tree in a fixed number of queries (not one per node).
import type { Aspect, Comparator, Indicator, KeyTask, Measure, NodeKind, Part, Plan, Section } from '../model/plan.ts';
import { readLevelScheme } from './level-scheme.ts';
import { KIND_SQL } from './nodes.ts';
import type { Db } from './open.ts';
import { listUnits } from './units.ts';
import { readPriorAdditions } from './prior-additions.ts';
import { readPreamble } from './plan-preamble.ts';

interface Row {
  id: number;
  kind: NodeKind;
  parent_id: number | null;
  position: number;
  title: string;
  goals: string | null;
  content: string | null;
  deadline: string | null;
}

export interface PlanInfo {
  title: string;
  year: number | null;
  isSample: boolean;
}

export function readPlanInfo(db: Db): PlanInfo {
  const row = db.prepare('SELECT title, year, is_sample FROM plan WHERE id = 1').get() as { title: string; year: number | null; is_sample: number } | undefined;
  return { title: row?.title ?? '未命名行动计划', year: row?.year ?? null, isSample: row?.is_sample === 1 };
}

export function readPlan(db: Db): Plan {
  const rows = db.prepare(`SELECT id, ${KIND_SQL} AS kind, parent_id, position, title, goals, content, deadline FROM node ORDER BY parent_id, position`).all() as Row[];
  const unitRows = db.prepare('SELECT mu.measure_id, mu.role, u.name FROM measure_unit mu JOIN unit u ON u.id = mu.unit_id ORDER BY mu.measure_id, mu.role, mu.position').all() as {
    measure_id: number;
    role: 'lead' | 'support';
    name: string;
  }[];
  const links = db.prepare('SELECT measure_id, indicator_id FROM measure_indicator ORDER BY indicator_id').all() as {
    measure_id: number;
    indicator_id: number;
  }[];
  const indicators = (
    db.prepare('SELECT id, part_id, name, unit, baseline_year, baseline_value, comparator, target FROM indicator ORDER BY part_id, position').all() as {
      id: number;
      part_id: number;
      name: string;
      unit: string;
      baseline_year: number | null;
      baseline_value: number | null;
      comparator: Comparator;
      target: number;
    }[]
  ).map((r): Indicator => ({
    id: r.id,
    partId: r.part_id,
    name: r.name,
    unit: r.unit,
    baselineYear: r.baseline_year,
    baselineValue: r.baseline_value,
    comparator: r.comparator,
    target: r.target,
  }));

  const byId = new Map<number, Part | Section | Aspect | KeyTask | Measure>();
  const parts: Part[] = [];
  const sections: Section[] = [];
  for (const r of rows) {
    const node = makeNode(r);
    byId.set(r.id, node);
  }
  // rows are ordered by (parent_id, position), so children arrive in order
  for (const r of rows) {
    const node = byId.get(r.id)!;
    if (node.kind === 'section') sections.push(node);
    else if (r.parent_id === null) parts.push(node as Part);
    else (byId.get(r.parent_id) as { children: unknown[] }).children.push(node);
  }
  for (const u of unitRows) {
    const m = byId.get(u.measure_id) as Measure | undefined;
    if (m) (u.role === 'lead' ? m.leadUnits : m.supportUnits).push(u.name);
  }
  for (const l of links) (byId.get(l.measure_id) as Measure | undefined)?.indicatorIds.push(l.indicator_id);
  for (const ind of indicators) (byId.get(ind.partId) as Part | undefined)?.indicators.push(ind);

  const preamble = readPreamble(db);
  const priorAdditions = readPriorAdditions(db);
  return {
    ...readPlanInfo(db),
    levels: readLevelScheme(db),
    units: listUnits(db),
    parts,
    sections,
    ...(preamble ? { preamble } : {}),
    ...(priorAdditions ? { priorAdditions } : {}),
  };
}

function makeNode(r: Row): Part | Section | Aspect | KeyTask | Measure {
  switch (r.kind) {
    case 'section':
      return { kind: 'section', id: r.id, title: r.title, content: r.content ?? '', order: r.position };
    case 'part':
      return { kind: 'part', id: r.id, title: r.title, goals: r.goals ?? '', content: r.content ?? '', indicators: [], children: [] };
    case 'aspect':
      return { kind: 'aspect', id: r.id, title: r.title, children: [] };
    case 'keyTask':
      return { kind: 'keyTask', id: r.id, title: r.title, children: [] };
    case 'measure':
      return { kind: 'measure', id: r.id, title: r.title, leadUnits: [], supportUnits: [], deadline: r.deadline ?? '', indicatorIds: [] };
  }
}
