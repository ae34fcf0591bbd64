// Both kinds of draft — a Plan with node ids (snapshot, live plan) and a PlanSpec without
// (an imported document) — become one tree shape, so matching and diffing are written once.
import { withoutMarker } from '../model/markers.ts';
import { indicatorTargetText, formatQuantity } from '../model/indicator-text.ts';
import type { PlanSpec } from '../model/plan-spec.ts';
import { planBody, taskGroupsOf } from '../model/level-rules.ts';
import type { Indicator, NodeKind, Plan } from '../model/plan.ts';

export interface MeasureFieldValues {
  leadUnits: string[];
  supportUnits: string[];
  deadline: string;
  /** linked indicators by name: ids differ between documents, names do not */
  indicators: string[];
}

export interface PartFieldValues {
  goals: string;
  content: string;
  /** "PM2.5年均浓度≤28微克/立方米（基准：2023年29微克/立方米）" per indicator */
  indicators: string[];
}

export interface DraftNode {
  kind: NodeKind;
  id: number | null;
  text: string;
  /** position among its siblings, for the 公文 number */
  index: number;
  parent: DraftNode | null;
  children: DraftNode[];
  measure?: MeasureFieldValues;
  part?: PartFieldValues;
}

export type ComparedField = 'leadUnits' | 'supportUnits' | 'deadline' | 'indicators' | 'goals' | 'content';

export interface DraftTree {
  parts: DraftNode[];
  /** every node, parents before children, in document order */
  all: DraftNode[];
  /**
   * The fields this draft can state. A plan states them all; a document only what it writes
   * (a 任务分工表 has no 主要目标, no document links indicators), and a field one side cannot
   * state is not compared: its absence is the format's, not the drafter's change.
   */
  states: Set<ComparedField>;
}

const ALL_FIELDS: ComparedField[] = ['leadUnits', 'supportUnits', 'deadline', 'indicators', 'goals', 'content'];

type IndicatorValues = Pick<Indicator, 'name' | 'unit' | 'baselineYear' | 'baselineValue' | 'comparator' | 'target'>;

function indicatorText(ind: IndicatorValues): string {
  const target = indicatorTargetText({ ...ind, id: 1, partId: 1 });
  if (ind.baselineValue === null) return target;
  const year = ind.baselineYear === null ? '' : `${ind.baselineYear}年`;
  return `${target}（基准：${year}${formatQuantity(ind.baselineValue, ind.unit)}）`;
}

function node(kind: NodeKind, id: number | null, text: string, index: number, parent: DraftNode | null, all: DraftNode[]): DraftNode {
  // every node gets every property up front: one object shape keeps the diff's loops monomorphic
  const n: DraftNode = { kind, id, text, index, parent, children: [], measure: undefined, part: undefined };
  all.push(n);
  if (parent) parent.children.push(n);
  return n;
}

export function treeFromPlan(plan: Plan): DraftTree {
  const all: DraftNode[] = [];
  const parts: DraftNode[] = [];
  // parts and text sections in their 一、 order: a section's text is compared like a part's 主要内容
  for (const [pi, p] of planBody(plan).entries()) {
    if (p.kind === 'section') {
      const section = node('section', p.id, p.title, pi, null, all);
      section.part = { goals: '', content: p.content, indicators: [] };
      parts.push(section);
      continue;
    }
    const indicatorName = new Map(p.indicators.map((i) => [i.id, i.name]));
    const part = node('part', p.id, p.title, pi, null, all);
    part.part = { goals: p.goals, content: p.content, indicators: p.indicators.map(indicatorText) };
    parts.push(part);
    // a three-level plan's key tasks hang directly under the part
    for (const [ai, { aspect: a, keyTasks }] of taskGroupsOf(p).entries()) {
      const aspect = a ? node('aspect', a.id, a.title, ai, part, all) : part;
      for (const [ti, t] of keyTasks.entries()) {
        const task = node('keyTask', t.id, t.title, ti, aspect, all);
        for (const [mi, m] of t.children.entries()) {
          const measure = node('measure', m.id, m.title, mi, task, all);
          measure.measure = {
            leadUnits: m.leadUnits,
            supportUnits: m.supportUnits,
            deadline: m.deadline,
            indicators: m.indicatorIds.map((id) => indicatorName.get(id) ?? `指标${id}`),
          };
        }
      }
    }
  }
  return { parts, all, states: new Set(ALL_FIELDS) };
}

/**
 * A document's own numbers ("一、", "（二）", "3.", "（4）") are position, not content: a
 * deleted measure renumbers its siblings, and that must not read as an edit. The importer
 * strips them already; this guards against a leftover one. "1.5万吨" keeps its digits.
 */
export function stripNumber(text: string): string {
  return withoutMarker(text);
}

export function treeFromSpec(spec: PlanSpec): DraftTree {
  const all: DraftNode[] = [];
  const parts: DraftNode[] = [];
  for (const [pi, p] of spec.parts.entries()) {
    if (p.kind === 'section') {
      const section = node('section', null, stripNumber(p.title), pi, null, all);
      section.part = { goals: '', content: p.content.trim(), indicators: [] };
      parts.push(section);
      continue;
    }
    const part = node('part', null, stripNumber(p.title), pi, null, all);
    part.part = { goals: p.goals.trim(), content: p.content.trim(), indicators: p.indicators.map(indicatorText) };
    parts.push(part);
    const groups = p.aspects.length > 0 ? p.aspects.map((a) => ({ aspect: a as { title: string } | null, keyTasks: a.keyTasks })) : [{ aspect: null, keyTasks: p.keyTasks }];
    for (const [ai, { aspect: a, keyTasks }] of groups.entries()) {
      const aspect = a ? node('aspect', null, stripNumber(a.title), ai, part, all) : part;
      for (const [ti, t] of keyTasks.entries()) {
        const task = node('keyTask', null, stripNumber(t.title), ti, aspect, all);
        for (const [mi, m] of t.measures.entries()) {
          const measure = node('measure', null, stripNumber(m.text), mi, task, all);
          measure.measure = {
            leadUnits: m.leadUnits.map((u) => u.trim()),
            supportUnits: m.supportUnits.map((u) => u.trim()),
            deadline: m.deadline.trim(),
            indicators: m.indicators,
          };
        }
      }
    }
  }
  const states = new Set<ComparedField>();
  for (const n of all) {
    if (n.measure) {
      // a document that writes any unit note states both unit fields (配合单位 is often absent)
      if (n.measure.leadUnits.length > 0 || n.measure.supportUnits.length > 0) states.add('leadUnits').add('supportUnits');
      if (n.measure.deadline !== '') states.add('deadline');
      if (n.measure.indicators.length > 0) states.add('indicators');
    }
    if (n.part) {
      if (n.part.goals !== '') states.add('goals');
      if (n.part.content !== '') states.add('content');
      if (n.part.indicators.length > 0) states.add('indicators');
    }
  }
  return { parts, all, states };
}

/** Titles from the part down to the node itself. */
export function pathOf(n: DraftNode): string[] {
  const path: string[] = [];
  for (let at: DraftNode | null = n; at; at = at.parent) path.push(at.text);
  return path.reverse();
}
