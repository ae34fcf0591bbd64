// The merged outline flattened into the rows the compare view lists, with the filter
// "只看修改" applied. Pure, so it is easy to reason about apart from React.
import type { CompareNode } from '../../../core/model/comparison.ts';

export interface CompareRow {
  node: CompareNode;
  depth: number;
  /** titles above the node, in the newer draft where it exists */
  ancestors: string[];
}

/** Has something to show of its own (not only through a descendant). */
export function changedItself(n: CompareNode): boolean {
  return n.presence !== 'both' || n.move !== undefined || n.inline !== undefined || n.fields !== undefined;
}

export function flattenOutline(outline: CompareNode[], onlyChanges: boolean): CompareRow[] {
  const rows: CompareRow[] = [];
  const walk = (nodes: CompareNode[], depth: number, ancestors: string[]) => {
    for (const n of nodes) {
      if (onlyChanges && !n.hasChanges) continue;
      rows.push({ node: n, depth, ancestors });
      walk(n.children, depth + 1, [...ancestors, n.after ?? n.before ?? '']);
    }
  };
  walk(outline, 0, []);
  return rows;
}

export const rowId = (key: string) => `cmp-${key.replace(/[^\w-]/g, '_')}`;
