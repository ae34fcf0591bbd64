// Search across the plan (Ctrl+F): node titles and measure texts, the parts' 主要目标 and
// 主要内容, and the 起草说明 as it reads now (bound values resolved). Each hit says where it is
// ("一、（二）3.（1）") so the drafter can tell hits apart before jumping.
import type { SearchHit } from '../model/views.ts';
import { segmentText } from '../model/resolve-binding.ts';
import { aspectsOf, keyTasksOf, planBody } from '../model/level-rules.ts';
import { numberLabel } from '../model/numbering.ts';
import type { KeyTask } from '../model/plan.ts';
import { readExplanation } from './explanation.ts';
import type { Db } from './open.ts';
import { readPlan } from './read-plan.ts';

export type { SearchHit };

export interface SearchResult {
  hits: SearchHit[];
  /** all matches, also those beyond the returned hits */
  total: number;
}

const CONTEXT = 18;

/** Every occurrence of `query` in `text`, ignoring Latin case and full/half width. */
function occurrences(text: string, query: string): number[] {
  const fold = (s: string) => s.normalize('NFKC').toLowerCase();
  // NFKC may change lengths (full-width forms do not), so fold char by char to keep offsets
  const hay = [...text].map(fold).join('');
  const needle = fold(query);
  if (hay.length !== text.length) return naive(text.toLowerCase(), query.toLowerCase());
  return naive(hay, needle);
}

function naive(hay: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) found.push(i);
  return found;
}

function excerpt(text: string, at: number, length: number): Pick<SearchHit, 'before' | 'match' | 'after'> {
  const start = Math.max(0, at - CONTEXT);
  const end = Math.min(text.length, at + length + CONTEXT);
  return {
    before: (start > 0 ? '…' : '') + text.slice(start, at),
    match: text.slice(at, at + length),
    after: text.slice(at + length, end) + (end < text.length ? '…' : ''),
  };
}

export function searchPlan(db: Db, query: string, limit = 200): SearchResult {
  const q = query.trim();
  const hits: SearchHit[] = [];
  let total = 0;
  if (!q) return { hits, total };
  const add = (text: string, base: Omit<SearchHit, 'before' | 'match' | 'after'>) => {
    for (const at of occurrences(text, q)) {
      total++;
      if (hits.length < limit) hits.push({ ...base, ...excerpt(text, at, q.length) });
    }
  };

  const plan = readPlan(db);
  const levels = plan.levels;
  planBody(plan).forEach((top, pi) => {
    const partNo = numberLabel('part', pi);
    add(top.title, { target: 'title', nodeId: top.id, kind: top.kind, where: partNo });
    if (top.kind === 'section') {
      add(top.content, { target: 'content', nodeId: top.id, kind: 'section', where: `${partNo}正文` });
      return;
    }
    const part = top;
    add(part.goals, { target: 'goals', nodeId: part.id, kind: 'part', where: `${partNo}主要目标` });
    add(part.content, { target: 'content', nodeId: part.id, kind: 'part', where: `${partNo}主要内容` });
    const addTasks = (tasks: KeyTask[], prefix: string) =>
      tasks.forEach((task, ti) => {
        const taskNo = prefix + numberLabel('keyTask', ti, levels);
        add(task.title, { target: 'title', nodeId: task.id, kind: 'keyTask', where: taskNo });
        task.children.forEach((measure, mi) => {
          add(measure.title, { target: 'title', nodeId: measure.id, kind: 'measure', where: taskNo + numberLabel('measure', mi, levels) });
        });
      });
    const aspects = aspectsOf(part);
    if (!levels.aspects) addTasks(keyTasksOf(part), partNo);
    aspects.forEach((aspect, ai) => {
      const aspectNo = partNo + numberLabel('aspect', ai, levels);
      add(aspect.title, { target: 'title', nodeId: aspect.id, kind: 'aspect', where: aspectNo });
      addTasks(aspect.children, aspectNo);
    });
  });

  const { doc } = readExplanation(db);
  doc.blocks.forEach((block, bi) => {
    let text: string;
    try {
      text = block.segments.map((s) => segmentText(plan, s)).join('');
    } catch {
      // a binding to something deleted: search the drafter's own words of that block
      text = block.segments.map((s) => ('text' in s ? s.text : '')).join('');
    }
    add(text, { target: 'explanation', nodeId: null, kind: null, where: `起草说明第${bi + 1}段`, blockIndex: bi });
  });
  return { hits, total };
}

/** Nodes that have comments still 待处理 (the outline marks them and can filter by them). */
export function nodesWithPendingComments(db: Db): number[] {
  return (
    db.prepare("SELECT DISTINCT node_id FROM comment WHERE status = 'pending' AND node_id IS NOT NULL ORDER BY node_id").all() as {
      node_id: number;
    }[]
  ).map((r) => r.node_id);
}
