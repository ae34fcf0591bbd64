// The outline: titles and kinds only, nested, in position order, in one query.
import type { OutlineNode } from '../model/views.ts';
import type { NodeKind } from '../model/plan.ts';
import { KIND_SQL } from './nodes.ts';
import type { Db } from './open.ts';

/**
 * With `measures: false`, down to the key tasks only, each task saying how many measures it has
 * (`more`): what a window shows first, before any task is opened, at a tenth of the size.
 */
export function readOutline(db: Db, opts: { measures?: boolean } = {}): OutlineNode[] {
  const withMeasures = opts.measures ?? true;
  const rows = db.prepare(`SELECT id, ${KIND_SQL} AS kind, parent_id, title FROM node ${withMeasures ? '' : "WHERE kind <> 'measure'"} ORDER BY parent_id, position`).all() as {
    id: number;
    kind: NodeKind;
    parent_id: number | null;
    title: string;
  }[];
  const byId = new Map<number, OutlineNode>();
  for (const r of rows) byId.set(r.id, { id: r.id, kind: r.kind, title: r.title, children: [] });
  const roots: OutlineNode[] = [];
  for (const r of rows) {
    const node = byId.get(r.id)!;
    if (r.parent_id === null) roots.push(node);
    else byId.get(r.parent_id)?.children.push(node);
  }
  if (!withMeasures) {
    const counts = db.prepare("SELECT parent_id, count(*) AS n FROM node WHERE kind = 'measure' GROUP BY parent_id").all() as {
      parent_id: number;
      n: number;
    }[];
    for (const c of counts) {
      const task = byId.get(c.parent_id);
      if (task) task.more = c.n;
    }
  }
  return roots;
}
