// Pure helpers over the outline: which rows are visible (with collapse and filters), where a
// new node goes, where a dragged or keyboard-moved node lands. Numbering always comes from the
// node's real position, also when a filter hides its siblings.
import type { OutlineNode } from '../../../core/api/contract.ts';
import { numberLabel } from '../../../core/model/numbering.ts';
import { parentKindOf } from '../../../core/model/level-rules.ts';
import type { LevelScheme } from '../../../core/model/levels.ts';
import type { Measure, NodeKind } from '../../../core/model/plan.ts';

export interface Row {
  node: OutlineNode;
  level: number; // 1..4, as aria-level
  index: number; // real position among siblings
  siblings: number;
  parentId: number | null;
}

/**
 * The rows to show. Without `only`, children of expanded nodes; with `only` (a filter's
 * matches and their ancestors), exactly those nodes, all opened.
 */
export function visibleRows(roots: OutlineNode[], expanded: Set<number>, only: Set<number> | null = null): Row[] {
  const rows: Row[] = [];
  const walk = (nodes: OutlineNode[], level: number, parentId: number | null) => {
    nodes.forEach((node, index) => {
      if (only && !only.has(node.id)) return;
      rows.push({ node, level, index, siblings: nodes.length, parentId });
      if (node.children.length && (only ? true : expanded.has(node.id))) walk(node.children, level + 1, node.id);
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

export function findNode(roots: OutlineNode[], id: number): OutlineNode | null {
  const chain = pathTo(roots, id);
  return chain ? chain[chain.length - 1] : null;
}

/** "一、（二）3.（1）": the node's full number, as the drafter reads it in the document. */
export function numberPath(roots: OutlineNode[], id: number, levels: LevelScheme): string {
  const chain = pathTo(roots, id);
  if (!chain) return '';
  let siblings = roots;
  return chain
    .map((n) => {
      const label = numberLabel(n.kind, siblings.indexOf(n), levels);
      siblings = n.children;
      return label;
    })
    .join('');
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
export function placementFor(roots: OutlineNode[], selectedId: number | null, kind: NodeKind, levels: LevelScheme): Placement | null {
  const parentKind = parentKindOf(kind, levels);
  if (parentKind === undefined) return null; // a level the plan does not have
  if (parentKind === null) {
    // parts and text sections share the top: a new one goes after the selected one's top node
    const top = selectedId === null ? null : pathTo(roots, selectedId)?.[0];
    return { parentId: null, index: top ? roots.indexOf(top) + 1 : roots.length };
  }
  if (selectedId === null) return null;
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

export type DropWhere = 'before' | 'after' | 'inside';

/** What dropping `dragged` on `target` would mean, from where in the row the pointer is (0..1). */
export function dropWhere(dragged: OutlineNode, target: OutlineNode, fraction: number, levels: LevelScheme): DropWhere | null {
  if (dragged.id === target.id) return null;
  const draggedParent = parentKindOf(dragged.kind, levels);
  // parts and text sections are siblings at the top and reorder among each other
  if (target.kind === dragged.kind || (draggedParent === null && parentKindOf(target.kind, levels) === null)) return fraction < 0.5 ? 'before' : 'after';
  if (target.kind === draggedParent) return 'inside';
  return null;
}

/**
 * The node.move arguments for a drop. The index is the node's final position, as node.move
 * takes it: within the same parent, the node's own old slot does not count.
 */
export function dropPlacement(roots: OutlineNode[], draggedId: number, target: Row, where: DropWhere, levels: LevelScheme): Placement | null {
  const chain = pathTo(roots, draggedId);
  if (!chain) return null;
  const dragged = chain[chain.length - 1];
  const from = chain.length > 1 ? chain[chain.length - 2] : null;
  const fromIndex = (from ? from.children : roots).indexOf(dragged);
  if (!dropWhere(dragged, target.node, where === 'inside' ? 0.5 : where === 'before' ? 0 : 1, levels)) return null;
  if (where === 'inside') {
    const sameParent = from?.id === target.node.id;
    return { parentId: target.node.id, index: sameParent ? target.node.children.length - 1 : target.node.children.length };
  }
  const sameParent = (from?.id ?? null) === target.parentId;
  let index = where === 'before' ? target.index : target.index + 1;
  if (sameParent && fromIndex < target.index) index -= 1;
  return { parentId: target.parentId, index };
}

/** Every node of a kind, in document order. */
export function nodesOfKind(roots: OutlineNode[], kind: NodeKind): OutlineNode[] {
  const out: OutlineNode[] = [];
  const walk = (nodes: OutlineNode[]) => {
    for (const n of nodes) {
      if (n.kind === kind) out.push(n);
      else walk(n.children);
    }
  };
  walk(roots);
  return out;
}

/**
 * Alt+↑ / Alt+↓: one place up or down among the siblings; from the first or last place, on to
 * the end of the previous (or the start of the next) parent of the same kind — so a measure can
 * be walked into the neighbouring key task from the keyboard.
 */
export function keyboardMove(roots: OutlineNode[], id: number, dir: -1 | 1): Placement | null {
  const chain = pathTo(roots, id);
  if (!chain) return null;
  const node = chain[chain.length - 1];
  const parent = chain.length > 1 ? chain[chain.length - 2] : null;
  const siblings = parent ? parent.children : roots;
  const i = siblings.indexOf(node);
  if (i + dir >= 0 && i + dir < siblings.length) return { parentId: parent?.id ?? null, index: i + dir };
  if (!parent) return null;
  const cousins = nodesOfKind(roots, parent.kind);
  const next = cousins[cousins.indexOf(parent) + dir];
  if (!next) return null;
  return { parentId: next.id, index: dir < 0 ? next.children.length : 0 };
}

export interface OutlineFilter {
  text: string;
  leadUnit: string;
  deadline: string;
  pendingOnly: boolean;
}

export const NO_FILTER: OutlineFilter = { text: '', leadUnit: '', deadline: '', pendingOnly: false };

export function filterActive(f: OutlineFilter): boolean {
  return f.text.trim() !== '' || f.leadUnit !== '' || f.deadline !== '' || f.pendingOnly;
}

/**
 * The nodes a filter shows: those matching every criterion given, and their ancestors. Unit
 * and deadline criteria are about measures, so only measures match them.
 */
export function filterNodes(roots: OutlineNode[], f: OutlineFilter, measures: Map<number, Measure>, pending: Set<number>): { visible: Set<number>; matches: number } {
  const text = f.text.trim().toLowerCase();
  const visible = new Set<number>();
  let matches = 0;
  const isMatch = (n: OutlineNode) => {
    if (text && !n.title.toLowerCase().includes(text)) return false;
    if (f.pendingOnly && !pending.has(n.id)) return false;
    if (f.leadUnit || f.deadline) {
      const m = measures.get(n.id);
      if (!m) return false;
      if (f.leadUnit && !m.leadUnits.includes(f.leadUnit)) return false;
      if (f.deadline && m.deadline !== f.deadline) return false;
    }
    return true;
  };
  const walk = (nodes: OutlineNode[], chain: number[]) => {
    for (const n of nodes) {
      if (isMatch(n)) {
        matches++;
        visible.add(n.id);
        for (const a of chain) visible.add(a);
      }
      if (n.children.length) walk(n.children, [...chain, n.id]);
    }
  };
  walk(roots, []);
  return { visible, matches };
}

export function countBelow(n: OutlineNode): number {
  return n.children.reduce((s, c) => s + 1 + countBelow(c), 0);
}
