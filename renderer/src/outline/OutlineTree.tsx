// The outline, following the WAI-ARIA tree pattern: one tab stop, arrow keys move, Right/Left
// expand and collapse, F2 renames, Delete removes. A pending add or rename is an inline input.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { OutlineNode } from '../../../core/api/contract.ts';
import { numberLabel } from '../../../core/model/numbering.ts';
import { KIND_LABEL, type NodeKind } from '../../../core/model/plan.ts';
import { visibleRows, type Placement, type Row } from './tree-model.ts';

export type Editing =
  | { mode: 'add'; kind: NodeKind; at: Placement }
  | { mode: 'rename'; id: number }
  | null;

interface Props {
  roots: OutlineNode[];
  expanded: Set<number>;
  selectedId: number | null;
  editing: Editing;
  onSelect(id: number): void;
  onToggle(id: number, open?: boolean): void;
  onRename(id: number): void;
  onDelete(id: number): void;
  onCommit(text: string): void;
  onCancel(): void;
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
          if (e.nativeEvent.isComposing) return;
          if (e.key === 'Enter') finish(true);
          if (e.key === 'Escape') finish(false);
        }}
        onBlur={() => finish(true)}
      />
    </div>
  );
}

export function OutlineTree(p: Props) {
  const rows = visibleRows(p.roots, p.expanded);
  const treeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (p.editing || p.selectedId === null) return;
    const el = treeRef.current?.querySelector<HTMLElement>(`[data-id="${p.selectedId}"]`);
    if (el && el !== document.activeElement && treeRef.current?.contains(document.activeElement)) el.focus();
    el?.scrollIntoView({ block: 'nearest' });
  }, [p.selectedId, p.editing, rows.length]);

  const move = (i: number) => {
    const r = rows[Math.max(0, Math.min(rows.length - 1, i))];
    if (r) {
      p.onSelect(r.node.id);
      treeRef.current?.querySelector<HTMLElement>(`[data-id="${r.node.id}"]`)?.focus();
    }
  };

  const onKey = (e: KeyboardEvent, row: Row, i: number) => {
    const open = p.expanded.has(row.node.id);
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
        move(rows.length - 1);
        break;
      case 'ArrowRight':
        if (row.node.children.length && !open) p.onToggle(row.node.id, true);
        else if (open) move(i + 1);
        break;
      case 'ArrowLeft':
        if (open) p.onToggle(row.node.id, false);
        else if (row.parentId !== null) move(rows.findIndex((r) => r.node.id === row.parentId));
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

  const addAt = p.editing?.mode === 'add' ? p.editing : null;
  const insertAt = addAt ? addRowIndex(rows, addAt.at) : -1;
  const items = rows.map((row, i) => {
    const renaming = p.editing?.mode === 'rename' && p.editing.id === row.node.id;
    if (renaming) {
      return (
        <InlineInput key={`r${row.node.id}`} level={row.level} initial={row.node.title} label={`修改${KIND_LABEL[row.node.kind]}`} onCommit={p.onCommit} onCancel={p.onCancel} />
      );
    }
    const hasKids = row.node.children.length > 0;
    return (
      <div
        key={row.node.id}
        data-id={row.node.id}
        role="treeitem"
        aria-level={row.level}
        aria-setsize={row.siblings}
        aria-posinset={row.index + 1}
        aria-selected={p.selectedId === row.node.id}
        aria-expanded={hasKids ? p.expanded.has(row.node.id) : undefined}
        tabIndex={p.selectedId === row.node.id || (p.selectedId === null && i === 0) ? 0 : -1}
        className={`tree-row level-${row.level} kind-${row.node.kind}`}
        onClick={() => p.onSelect(row.node.id)}
        onDoubleClick={() => p.onRename(row.node.id)}
        onKeyDown={(e) => onKey(e, row, i)}
      >
        <span
          className={`twisty ${hasKids ? (p.expanded.has(row.node.id) ? 'open' : 'closed') : 'leaf'}`}
          aria-hidden="true"
          onClick={(e) => {
            e.stopPropagation();
            if (hasKids) p.onToggle(row.node.id);
          }}
        />
        <span className="num">{numberLabel(row.node.kind, row.index)}</span>
        <span className="title">{row.node.title || <em className="untitled">（未命名）</em>}</span>
        {hasKids && row.node.kind !== 'measure' && <span className="child-count">{row.node.children.length}</span>}
      </div>
    );
  });
  if (addAt) {
    const label = `新${KIND_LABEL[addAt.kind]}的${addAt.kind === 'measure' ? '内容' : '标题'}`;
    items.splice(
      insertAt,
      0,
      <InlineInput key="adding" level={LEVEL[addAt.kind]} initial="" label={label} onCommit={p.onCommit} onCancel={p.onCancel} />,
    );
  }

  return (
    <div ref={treeRef} role="tree" aria-label="计划大纲" className="tree">
      {items}
    </div>
  );
}

const LEVEL = { part: 1, aspect: 2, keyTask: 3, measure: 4 } as const;

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
