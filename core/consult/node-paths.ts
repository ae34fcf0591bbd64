// Where a node sits, as a person names it: its titles from the part down, and its clause
// number "一、（三）2.（1）" (computed from positions now, like the exported document's).
import { depthNumber } from '../model/numbering.ts';
import type { NodeKind } from '../model/plan.ts';
import type { Db } from '../store/open.ts';
import { KIND_SQL } from '../store/nodes.ts';
import { sql } from '../store/statements.ts';

interface Row {
  id: number;
  kind: NodeKind;
  parent_id: number | null;
  position: number;
  title: string;
}

export interface NodeLocator {
  path(id: number): string[] | null;
  clause(id: number): string;
  exists(id: number): boolean;
  kind(id: number): NodeKind | null;
}

export function nodeLocator(db: Db): NodeLocator {
  const rows = new Map((sql(db, `SELECT id, ${KIND_SQL} AS kind, parent_id, position, title FROM node`).all() as Row[]).map((r) => [r.id, r]));
  const chain = (id: number): Row[] => {
    const out: Row[] = [];
    for (let r = rows.get(id); r; r = r.parent_id === null ? undefined : rows.get(r.parent_id)) out.unshift(r);
    return out;
  };
  return {
    path: (id) => (rows.has(id) ? chain(id).map((r) => r.title) : null),
    clause: (id) => {
      const c = chain(id);
      if (c.length === 0) return '';
      // a part is named by its title; below it the numbers say enough
      if (c.length === 1) return `${depthNumber(0, c[0].position)}${c[0].title}`;
      // numbered by depth: a three-level plan's key task is （一）, its measure 1.
      return c.map((r, depth) => depthNumber(depth, r.position)).join('');
    },
    exists: (id) => rows.has(id),
    kind: (id) => rows.get(id)?.kind ?? null,
  };
}
