// The left pane: what can be added where, moving and deleting, the filters, and the tree.
import { useMemo, useState } from 'react';
import type { OutlineNode } from '../../../core/api/contract.ts';
import { levelKinds, levelName, measuresOf } from '../../../core/model/level-rules.ts';
import type { LevelScheme } from '../../../core/model/levels.ts';
import type { Measure, NodeKind } from '../../../core/model/plan.ts';
import { api } from '../api/bridge.ts';
import { ConfirmDialog } from '../shell/ConfirmDialog.tsx';
import { trackSave } from '../shell/autosave.ts';
import type { ShellContext } from '../shell/context.ts';
import { LevelsDialog, levelsSwitchable } from './LevelsDialog.tsx';
import { MoveToDialog } from './MoveToDialog.tsx';
import { OutlineFilters } from './OutlineFilters.tsx';
import { OutlineTree, type Editing } from './OutlineTree.tsx';
import { planLevels } from './plan-levels.ts';
import { countBelow, filterActive, filterNodes, findNode, keyboardMove, NO_FILTER, placementFor, visibleRows, type OutlineFilter, type Placement } from './tree-model.ts';

/** The add buttons: the levels this plan has, and a text section (总体要求, 保障措施 …). */
const addable = (levels: LevelScheme): NodeKind[] => [...levelKinds(levels), 'section'];

interface Props {
  ctx: ShellContext;
  expanded: Set<number>;
  reveal: number;
  onSelect(id: number | null): void;
  onExpand(ids: number[], open: boolean): void;
  /** after a structural edit: read the plan again, then select (and reveal) this node — unless
   *  the drafter has selected something else meanwhile (`selectionAtStart` is then stale) */
  onChanged(selectId: number | null, selectionAtStart: number): Promise<void>;
  /** a counter that changes whenever the drafter selects a node */
  selection(): number;
}

export function OutlinePane({ ctx, expanded, reveal, onSelect, onExpand, onChanged, selection }: Props) {
  const { outline, selectedId } = ctx;
  const levels = planLevels(ctx);
  const [editing, setEditing] = useState<Editing>(null);
  const [confirmDelete, setConfirmDelete] = useState<number | null>(null);
  const [moving, setMoving] = useState<OutlineNode | null>(null);
  const [settingLevels, setSettingLevels] = useState(false);
  const [filter, setFilter] = useState<OutlineFilter>(NO_FILTER);

  const measures = useMemo(() => {
    const map = new Map<number, Measure>();
    for (const p of ctx.plan?.parts ?? []) for (const m of measuresOf(p)) map.set(m.id, m);
    return map;
  }, [ctx.plan]);
  const filtered = useMemo(() => (filterActive(filter) ? filterNodes(outline, filter, measures, ctx.pending) : null), [outline, filter, measures, ctx.pending]);
  const rows = useMemo(() => visibleRows(outline, expanded, filtered?.visible ?? null), [outline, expanded, filtered]);
  const selected = selectedId === null ? null : findNode(outline, selectedId);

  const run = async (action: () => Promise<number | null>) => {
    try {
      const before = selection();
      const select = await trackSave(action());
      await onChanged(select, before);
    } catch (e) {
      ctx.fail(e);
    }
  };

  const startAdd = (kind: NodeKind) => {
    const at = placementFor(outline, selectedId, kind, levels);
    if (!at) return;
    if (at.parentId !== null) onExpand([at.parentId], true);
    setEditing({ mode: 'add', kind, at });
  };

  const commit = (text: string) => {
    const e = editing;
    setEditing(null);
    if (e?.mode === 'add') {
      void run(async () => (await api.call('node.add', { parentId: e.at.parentId, kind: e.kind, title: text, index: e.at.index })).id);
    } else if (e?.mode === 'rename') {
      void run(async () => (await api.call('node.rename', { id: e.id, title: text }), e.id));
    }
  };

  const moveTo = (id: number, to: Placement) => {
    if (to.parentId !== null) onExpand([to.parentId], true);
    void run(async () => (await api.call('node.move', { id, parentId: to.parentId, index: to.index }), id));
  };

  const remove = (id: number) => {
    setConfirmDelete(null);
    const chain = findParent(outline, id);
    void run(async () => (await api.call('node.delete', { id }), chain));
  };

  return (
    <section className="outline-pane" aria-label="大纲">
      <div className="toolbar" role="toolbar" aria-label="大纲操作">
        {addable(levels).map((kind) => {
          const at = placementFor(outline, selectedId, kind, levels);
          return (
            <button key={kind} disabled={!at || editing !== null} title={at ? '' : '请先选择要添加到的位置'} onClick={() => startAdd(kind)}>
              添加{levelName(kind, levels)}
            </button>
          );
        })}
        <span className="spacer" />
        <button disabled={!selected} onClick={() => selected && setEditing({ mode: 'rename', id: selected.id })} title="F2">
          重命名
        </button>
        <button disabled={!selected} onClick={() => selected && setMoving(selected)} title="Alt+↑ / Alt+↓ 上下移动">
          移动到…
        </button>
        <button disabled={!selected} className="danger" onClick={() => selected && setConfirmDelete(selected.id)}>
          删除
        </button>
        <button onClick={() => setSettingLevels(true)} title="各级名称、是否设“方面”一级">
          层级…
        </button>
      </div>
      <OutlineFilters filter={filter} plan={ctx.plan} pendingCount={ctx.pending.size} matches={filtered?.matches ?? null} onChange={setFilter} />
      <OutlineTree
        roots={outline}
        rows={rows}
        levels={levels}
        expanded={expanded}
        selectedId={selectedId}
        editing={editing}
        pending={ctx.pending}
        reveal={reveal}
        onSelect={onSelect}
        onToggle={(id, open) => onExpand([id], open ?? !expanded.has(id))}
        onRename={(id) => setEditing({ mode: 'rename', id })}
        onDelete={(id) => setConfirmDelete(id)}
        onCommit={commit}
        onCancel={() => setEditing(null)}
        onMove={moveTo}
        onKeyboardMove={(id, dir) => {
          const to = keyboardMove(outline, id, dir);
          if (to) moveTo(id, to);
        }}
      />
      {confirmDelete !== null && (
        <ConfirmDialog
          message={deleteMessage(findNode(outline, confirmDelete), levels)}
          confirm="删除"
          onConfirm={() => remove(confirmDelete)}
          onClose={() => setConfirmDelete(null)}
        />
      )}
      {settingLevels && (
        <LevelsDialog
          levels={levels}
          switchable={levelsSwitchable(outline)}
          onClose={() => setSettingLevels(false)}
          onError={ctx.fail}
          onDone={() => {
            setSettingLevels(false);
            void ctx.refresh();
          }}
        />
      )}
      {moving && (
        <MoveToDialog
          roots={outline}
          levels={levels}
          node={moving}
          onClose={() => setMoving(null)}
          onMove={(to) => {
            setMoving(null);
            moveTo(moving.id, to);
          }}
        />
      )}
    </section>
  );
}

function findParent(roots: OutlineNode[], id: number): number | null {
  for (const n of roots) {
    if (n.children.some((c) => c.id === id)) return n.id;
    const p = findParent(n.children, id);
    if (p !== null) return p;
  }
  return null;
}

function deleteMessage(node: OutlineNode | null, levels: LevelScheme): string {
  if (!node) return '删除该节点？';
  const below = countBelow(node);
  const name = node.title.length > 30 ? node.title.slice(0, 30) + '…' : node.title;
  const undo = '（可用 Ctrl+Z 撤销）';
  return below > 0 ? `删除${levelName(node.kind, levels)}“${name}”及其下属的 ${below} 个节点？${undo}` : `删除${levelName(node.kind, levels)}“${name}”？${undo}`;
}
