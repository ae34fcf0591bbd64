// What a plan's level scheme means for its tree: which kind hangs under which, how deep each
// kind sits (the depth picks the 公文 number style), what the drafter calls it, and walks that
// do not care whether the 方面 level exists. Pure: the renderer and the exporters share it.
import { DEFAULT_LEVEL_SCHEME, type LevelScheme } from './levels.ts';
import type { Aspect, KeyTask, Measure, NodeKind, Part, Plan, Section, TopNode } from './plan.ts';

/** The kind a node must hang under (null: the top of the plan), or undefined when the scheme has no such level. */
export function parentKindOf(kind: NodeKind, levels: LevelScheme): NodeKind | null | undefined {
  switch (kind) {
    case 'part':
    case 'section':
      return null;
    case 'aspect':
      return levels.aspects ? 'part' : undefined;
    case 'keyTask':
      return levels.aspects ? 'aspect' : 'part';
    case 'measure':
      return 'keyTask';
  }
}

/** The kind that hangs under `kind`, or null when nothing does. */
export function childKindOf(kind: NodeKind, levels: LevelScheme): NodeKind | null {
  switch (kind) {
    case 'part':
      return levels.aspects ? 'aspect' : 'keyTask';
    case 'aspect':
      return 'keyTask';
    case 'keyTask':
      return 'measure';
    default:
      return null;
  }
}

/** 0 for 一、, 1 for （一）, 2 for 1., 3 for （1）. */
export function depthOf(kind: NodeKind, levels: LevelScheme): number {
  switch (kind) {
    case 'part':
    case 'section':
      return 0;
    case 'aspect':
      return 1;
    case 'keyTask':
      return levels.aspects ? 2 : 1;
    case 'measure':
      return levels.aspects ? 3 : 2;
  }
}

/** What the drafter calls this level ("重点任务", or "主要任务" in a plan that says so). */
export function levelName(kind: NodeKind, levels: LevelScheme = DEFAULT_LEVEL_SCHEME): string {
  return kind === 'section' ? '文字章节' : levels.names[kind];
}

/** The kinds a plan under this scheme is made of, top-down (sections aside). */
export function levelKinds(levels: LevelScheme): ('part' | 'aspect' | 'keyTask' | 'measure')[] {
  return levels.aspects ? ['part', 'aspect', 'keyTask', 'measure'] : ['part', 'keyTask', 'measure'];
}

/** The part's key tasks in order, whether or not the plan has the 方面 level. */
export function keyTasksOf(part: Part): KeyTask[] {
  return (part.children as (Aspect | KeyTask)[]).flatMap((c) => (c.kind === 'aspect' ? c.children : [c]));
}

/** The part's aspects (none in a three-level plan). */
export function aspectsOf(part: Part): Aspect[] {
  return (part.children as (Aspect | KeyTask)[]).filter((c): c is Aspect => c.kind === 'aspect');
}

export function measuresOf(part: Part): Measure[] {
  return keyTasksOf(part).flatMap((t) => t.children);
}

/**
 * The groups a part's key tasks fall in: one per aspect, or a single group with no aspect in a
 * three-level plan. Lets a consumer walk both shapes with one loop.
 */
export function taskGroupsOf(part: Part): { aspect: Aspect | null; keyTasks: KeyTask[] }[] {
  const aspects = aspectsOf(part);
  if (aspects.length > 0 || part.children.length === 0) return aspects.map((aspect) => ({ aspect, keyTasks: aspect.children }));
  return [{ aspect: null, keyTasks: keyTasksOf(part) }];
}

/** Parts and text sections in their 一、 order. */
export function planBody(plan: Pick<Plan, 'parts'> & { sections?: Section[] }): TopNode[] {
  const sections = [...(plan.sections ?? [])].sort((a, b) => a.order - b.order);
  const body: TopNode[] = [];
  let pi = 0;
  for (const s of sections) {
    while (body.length < s.order && pi < plan.parts.length) body.push(plan.parts[pi++]);
    body.push(s);
  }
  while (pi < plan.parts.length) body.push(plan.parts[pi++]);
  return body;
}

/** A plan read from an older snapshot (no scheme, no sections) in today's shape. */
export function withLevels<P extends Omit<Plan, 'levels' | 'sections'> & Partial<Pick<Plan, 'levels' | 'sections'>>>(plan: P): P & Pick<Plan, 'levels' | 'sections'> {
  return { ...plan, levels: plan.levels ?? DEFAULT_LEVEL_SCHEME, sections: plan.sections ?? [] };
}
