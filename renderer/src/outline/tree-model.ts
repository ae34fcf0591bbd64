// Pure helpers over the outline: which rows are visible, where a new node goes.
import type { OutlineNode } from '../../../core/api/contract.ts';
import { PARENT_KIND, type NodeKind } from '../../../core/model/plan.ts';

export interface Row {
  node: OutlineNode;
  level: number; // 1..4, as aria-level
  index: number; // position among siblings
  siblings: number;
  parentId: number | null;
}

export function visibleRows(roots: OutlineNode[], expanded: Set<number>): Row[] {
  const rows: Row[] = [];
  const walk = (nodes: OutlineNode[], level: number, parentId: number | null) => {
    nodes.forEach((node, index) => {
      rows.push({ node, level, index, siblings: nodes.length, parentId });
      if (node.children.length && expanded.has(node.id)) walk(node.children, level + 1, node.id);
    });
  };
  walk(roots, 1, null);
  return rows;
}

/** Parent chain from the root down to the node (inclusive). */
export function pathTo(roots: OutlineNode[], id: number): OutlineNode[] | null {
  for (const n of roots) {
    if (n.id === id) return [n];
    const sub = pathTo(n.children, id);
    if (sub) return [n, ...sub];
  }
  return null;
}

export interface Placement {
  parentId: number | null;
  index: number;
}

/**
 * Where "添加<kind>" puts the new node, given the selection: under the selected node when it is
 * the right parent, beside it when it is of the same kind, beside or under its ancestor when a
 * deeper node is selected. Null when the selection does not say where (e.g. a part is selected
 * and a measure is wanted).
 */
export function placementFor(roots: OutlineNode[], selectedId: number | null, kind: NodeKind): Placement | null {
  const parentKind = PARENT_KIND[kind];
  if (selectedId === null) return parentKind === null ? { parentId: null, index: roots.length } : null;
  const chain = pathTo(roots, selectedId);
  if (!chain) return null;
  for (let i = chain.length - 1; i >= 0; i--) {
    const n = chain[i];
    if (n.kind === kind) {
      const parent = i > 0 ? chain[i - 1] : null;
      const siblings = parent ? parent.children : roots;
      return { parentId: parent ? parent.id : null, index: siblings.indexOf(n) + 1 };
    }
    if (n.kind === parentKind) return { parentId: n.id, index: n.children.length };
  }
  return null;
}

export function findNode(roots: OutlineNode[], id: number): OutlineNode | null {
  const chain = pathTo(roots, id);
  return chain ? chain[chain.length - 1] : null;
}
