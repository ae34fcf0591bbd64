// The outline: titles and kinds only, nested, in position order, in one query.
import type { OutlineNode } from '../api/contract.ts';
import type { NodeKind } from '../model/plan.ts';
import type { Db } from './open.ts';

export function readOutline(db: Db): OutlineNode[] {
  const rows = db.prepare('SELECT id, kind, parent_id, title FROM node ORDER BY parent_id, position').all() as {
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
  return roots;
}
