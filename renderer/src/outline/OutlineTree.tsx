// The outline, following the WAI-ARIA tree pattern: one tab stop, arrow keys move, Right/Left
// expand and collapse, F2 renames, Delete removes, Alt+↑/↓ moves the node. Rows can be
// dragged: onto a sibling's upper or lower half (before/after it) or onto a parent (into it).
// Only the rows in view are in the page (fixed row height), so 10,000 measures scroll freely.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { OutlineNode } from '../../../core/api/contract.ts';
import { numberLabel } from '../../../core/model/numbering.ts';
import { childKindOf, depthOf, levelName } from '../../../core/model/level-rules.ts';
import type { LevelScheme } from '../../../core/model/levels.ts';
import type { NodeKind } from '../../../core/model/plan.ts';
import { dropPlacement, dropWhere, type DropWhere, type Placement, type Row } from './tree-model.ts';

export const ROW_HEIGHT = 30;
const OVERSCAN = 12;

export type Editing = { mode: 'add'; kind: NodeKind; at: Placement } | { mode: 'rename'; id: number } | null;

interface Props {
  roots: OutlineNode[];
  rows: Row[];
  /** the plan's levels: numbers go by depth, labels by the plan's own names */
  levels: LevelScheme;
  expanded: Set<number>;
  selectedId: number | null;
  editing: Editing;
  pending: Set<number>;
  /** bumps when the selection should be scrolled into view and focused (a jump, a move) */
  reveal: number;
  onSelect(id: number): void;
  onToggle(id: number, open?: boolean): void;
  onRename(id: number): void;
  onDelete(id: number): void;
  onCommit(text: string): void;
  onCancel(): void;
  onMove(id: number, to: Placement): void;
  onKeyboardMove(id: number, dir: -1 | 1): void;
}

/** "6个方面", "27项重点任务": what the count beside a row counts, in the plan's words. */
function childWord(kind: NodeKind, levels: LevelScheme): string {
  const child = childKindOf(kind, levels);
  if (!child) return '';
  return `${child === 'aspect' ? '个' : '项'}${levelName(child, levels)}`;
}

function InlineInput(props: { initial: string; label: string; level: number; onCommit(t: string): void; onCancel(): void }) {
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    const text = ref.current?.value.trim() ?? '';
    if (commit && text) props.onCommit(text);
    else props.onCancel();
  };
  return (
    <div className={`tree-edit level-${props.level}`} role="none">
      <input
        ref={ref}
        aria-label={props.label}
        defaultValue={props.initial}
        placeholder={props.label}
        onKeyDown={(e) => {
          // IME composition: Enter that confirms a candidate must not submit the title
          if (e.nativeEvent.isComposing || e.keyCode === 229) return;
          if (e.key === 'Enter') finish(true);
          if (e.key === 'Escape') finish(false);
        }}
        onBlur={() => finish(true)}
      />
    </div>
  );
}

type Item = { type: 'row'; row: Row } | { type: 'add' };

export function OutlineTree(p: Props) {
  const treeRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const dragged = useRef<OutlineNode | null>(null);
  const [drop, setDrop] = useState<{ id: number; where: DropWhere } | null>(null);
  const wantFocus = useRef(false);
  // a large plan shows its shallow outline first; the tree is busy until the measures are in
  const loading = useMemo(() => p.roots.some(stillToCome), [p.roots]);

  const addAt = p.editing?.mode === 'add' ? p.editing : null;
  const items: Item[] = p.rows.map((row) => ({ type: 'row', row }));
  if (addAt) items.splice(addRowIndex(p.rows, addAt.at), 0, { type: 'add' });
  const selectedIndex = items.findIndex((it) => (it.type === 'add' ? !!addAt : it.row.node.id === p.selectedId && !addAt));

  useLayoutEffect(() => {
    const el = treeRef.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    setHeight(el.clientHeight);
    return () => ro.disconnect();
  }, []);

  // keep the selected row (or the new-node input) in view
  useLayoutEffect(() => {
    const el = treeRef.current;
    if (!el || selectedIndex < 0) return;
    const top = selectedIndex * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
    setScrollTop(el.scrollTop);
  }, [selectedIndex, p.reveal, p.editing]);

  useEffect(() => {
    if (p.reveal) wantFocus.current = true;
  }, [p.reveal]);

  // focus follows the selection when the tree has focus (or a jump asked for it)
  useEffect(() => {
    if (p.editing || p.selectedId === null) return;
    const el = treeRef.current?.querySelector<HTMLElement>(`[data-id="${p.selectedId}"]`);
    if (!el) return;
    if (wantFocus.current || (el !== document.activeElement && treeRef.current?.contains(document.activeElement))) {
      el.focus({ preventScroll: true });
      wantFocus.current = false;
    }
  });

  const move = (i: number) => {
    const rows = p.rows;
    const r = rows[Math.max(0, Math.min(rows.length - 1, i))];
    if (r) {
      wantFocus.current = true;
      p.onSelect(r.node.id);
    }
  };

  const onKey = (e: KeyboardEvent, row: Row, i: number) => {
    const open = p.expanded.has(row.node.id);
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      wantFocus.current = true;
      p.onKeyboardMove(row.node.id, e.key === 'ArrowUp' ? -1 : 1);
      e.preventDefault();
      return;
    }
    switch (e.key) {
      case 'ArrowDown':
        move(i + 1);
        break;
      case 'ArrowUp':
        move(i - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(p.rows.length - 1);
        break;
      case 'PageDown':
        move(i + Math.floor(height / ROW_HEIGHT) - 1);
        break;
      case 'PageUp':
        move(i - Math.floor(height / ROW_HEIGHT) + 1);
        break;
      case 'ArrowRight':
        if (hasChildren(row.node) && !open) p.onToggle(row.node.id, true);
        else if (open) move(i + 1);
        break;
      case 'ArrowLeft':
        if (open) p.onToggle(row.node.id, false);
        else if (row.parentId !== null) move(p.rows.findIndex((r) => r.node.id === row.parentId));
        break;
      case 'F2':
      case 'Enter':
        p.onRename(row.node.id);
        break;
      case 'Delete':
        p.onDelete(row.node.id);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const onDragOver = (e: DragEvent, row: Row) => {
    const from = dragged.current;
    if (!from) return;
    const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const where = dropWhere(from, row.node, (e.clientY - rect.top) / rect.height, p.levels);
    if (!where) {
      if (drop) setDrop(null);
      return;
    }
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    if (drop?.id !== row.node.id || drop.where !== where) setDrop({ id: row.node.id, where });
  };

  const onDrop = (e: DragEvent, row: Row) => {
    e.preventDefault();
    const from = dragged.current;
    const where = drop?.id === row.node.id ? drop.where : null;
    dragged.current = null;
    setDrop(null);
    if (!from || !where) return;
    const to = dropPlacement(p.roots, from.id, row, where, p.levels);
    if (to) p.onMove(from.id, to);
  };

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const rowIndex = new Map(p.rows.map((r, i) => [r.node.id, i]));

  const rendered = items.slice(first, last).map((item, k) => {
    const top = (first + k) * ROW_HEIGHT;
    if (item.type === 'add') {
      const label = `新${levelName(addAt!.kind, p.levels)}的${addAt!.kind === 'measure' ? '内容' : '标题'}`;
      return (
        <div key="adding" className="tree-slot" style={{ top }} role="none">
          <InlineInput level={depthOf(addAt!.kind, p.levels) + 1} initial="" label={label} onCommit={p.onCommit} onCancel={p.onCancel} />
        </div>
      );
    }
    const { row } = item;
    const i = rowIndex.get(row.node.id)!;
    if (p.editing?.mode === 'rename' && p.editing.id === row.node.id) {
      return (
        <div key={`r${row.node.id}`} className="tree-slot" style={{ top }} role="none">
          <InlineInput level={row.level} initial={row.node.title} label={`修改${levelName(row.node.kind, p.levels)}`} onCommit={p.onCommit} onCancel={p.onCancel} />
        </div>
      );
    }
    const hasKids = hasChildren(row.node);
    const childCount = row.node.children.length || row.node.more || 0;
    const open = p.expanded.has(row.node.id);
    const dropClass = drop?.id === row.node.id ? ` drop-${drop.where}` : '';
    return (
      <div
        key={row.node.id}
        data-id={row.node.id}
        role="treeitem"
        aria-level={row.level}
        aria-setsize={row.siblings}
        aria-posinset={row.index + 1}
        aria-selected={p.selectedId === row.node.id}
        aria-expanded={hasKids ? open : undefined}
        tabIndex={p.selectedId === row.node.id || (p.selectedId === null && i === 0) ? 0 : -1}
        className={`tree-row tree-slot level-${row.level} kind-${row.node.kind}${dropClass}`}
        style={{ top }}
        title={row.node.kind === 'measure' ? row.node.title : undefined}
        draggable={!p.editing}
        onDragStart={(e) => {
          dragged.current = row.node;
          e.dataTransfer.effectAllowed = 'move';
          e.dataTransfer.setData('text/plain', row.node.title);
        }}
        onDragEnd={() => {
          dragged.current = null;
          setDrop(null);
        }}
        onDragOver={(e) => onDragOver(e, row)}
        onDragLeave={(e) => {
          if (drop?.id === row.node.id && !(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node)) setDrop(null);
        }}
        onDrop={(e) => onDrop(e, row)}
        onClick={() => p.onSelect(row.node.id)}
        onDoubleClick={() => p.onRename(row.node.id)}
        onKeyDown={(e) => onKey(e, row, i)}
      >
        <span
          className={`twisty ${hasKids ? (open ? 'open' : 'closed') : 'leaf'}`}
          aria-hidden="true"
          onClick={(e) => {
            e.stopPropagation();
            if (hasKids) p.onToggle(row.node.id);
          }}
        />
        <span className="num">{numberLabel(row.node.kind, row.index, p.levels)}</span>
        <span className="title">{row.node.title || <em className="untitled">（未命名）</em>}</span>
        {p.pending.has(row.node.id) && (
          <span className="comment-mark" title="有待处理的意见">
            意见
          </span>
        )}
        {childKindOf(row.node.kind, p.levels) && (
          <span className="child-count" data-testid={`child-count-${row.node.id}`} title={`${childCount}${childWord(row.node.kind, p.levels)}`}>
            {childCount}
          </span>
        )}
      </div>
    );
  });

  return (
    <div
      ref={treeRef}
      role="tree"
      aria-label="计划大纲"
      aria-busy={loading}
      className="tree"
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLElement).scrollTop)}
      onDragLeave={(e) => {
        if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node)) setDrop(null);
      }}
    >
      <div className="tree-spacer" role="none" style={{ height: items.length * ROW_HEIGHT }}>
        {rendered}
      </div>
      {p.rows.length === 0 && <div className="tree-empty">没有符合条件的节点。</div>}
    </div>
  );
}

/** Whether some node's children are still to come (the shallow outline a large plan shows first). */
function stillToCome(n: OutlineNode): boolean {
  return (n.more ?? 0) > 0 || n.children.some(stillToCome);
}

/** Children in the outline, or (in the shallow outline a large plan shows first) still to come. */
function hasChildren(n: OutlineNode): boolean {
  return n.children.length > 0 || (n.more ?? 0) > 0;
}

/** Where among the visible rows the input for a new node goes: before the sibling now at that
 *  index, or after the parent's last visible descendant when appending. */
function addRowIndex(rows: Row[], at: Placement): number {
  const before = rows.findIndex((r) => r.parentId === at.parentId && r.index === at.index);
  if (before >= 0) return before;
  if (at.parentId === null) return rows.length;
  const pi = rows.findIndex((r) => r.node.id === at.parentId);
  if (pi < 0) return rows.length;
  let j = pi + 1;
  while (j < rows.length && rows[j].level > rows[pi].level) j++;
  return j;
}
