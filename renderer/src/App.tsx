// The main window: file bar, outline with its toolbar, the always-visible counts, the detail of
// the selected node. All state that matters lives in the plan file; this holds only the view.
import { useCallback, useEffect, useState } from 'react';
import type { CountsView, OutlineNode, PlanView } from '../../core/api/contract.ts';
import { KIND_LABEL, type NodeKind } from '../../core/model/plan.ts';
import { api } from './api/bridge.ts';
import { CountsPanel } from './counts/CountsPanel.tsx';
import { NodeDetailPanel } from './detail/NodeDetailPanel.tsx';
import { ConfirmDialog, FileDialog } from './FileDialog.tsx';
import { OutlineTree, type Editing } from './outline/OutlineTree.tsx';
import { findNode, placementFor } from './outline/tree-model.ts';

const ADDABLE: NodeKind[] = ['part', 'aspect', 'keyTask', 'measure'];

export function App() {
  const [plan, setPlan] = useState<PlanView | null>(null);
  const [outline, setOutline] = useState<OutlineNode[]>([]);
  const [counts, setCounts] = useState<CountsView | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [expanded, setExpanded] = useState<Set<number>>(new Set());
  const [editing, setEditing] = useState<Editing>(null);
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'open' | 'create' | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<number | null>(null);
  const [version, setVersion] = useState(0);

  const fail = useCallback((e: unknown) => setError(e instanceof Error ? e.message : String(e)), []);

  const refresh = useCallback(async () => {
    const [o, c] = await Promise.all([api.call('plan.outline', {}), api.call('plan.counts', {})]);
    setOutline(o);
    setCounts(c);
    setVersion((v) => v + 1);
    return o;
  }, []);

  const load = useCallback(
    async (view: PlanView | null) => {
      setPlan(view);
      setSelectedId(null);
      setEditing(null);
      if (!view) return;
      document.title = `${view.title} — 起草助手`;
      const o = await refresh();
      // parts and aspects open at first: the drafter sees the plan's shape at a glance
      setExpanded(new Set(o.flatMap((p) => [p.id, ...p.children.map((a) => a.id)])));
    },
    [refresh],
  );

  useEffect(() => {
    api.call('plan.current', {}).then(load, fail);
  }, [load, fail]);

  const expand = (id: number | null) => id !== null && setExpanded((s) => new Set(s).add(id));

  const startAdd = (kind: NodeKind) => {
    const at = placementFor(outline, selectedId, kind);
    if (!at) return;
    expand(at.parentId);
    setEditing({ mode: 'add', kind, at });
  };

  const commit = async (text: string) => {
    const e = editing;
    setEditing(null);
    try {
      if (e?.mode === 'add') {
        const { id } = await api.call('node.add', { parentId: e.at.parentId, kind: e.kind, title: text, index: e.at.index });
        await refresh();
        setSelectedId(id);
      } else if (e?.mode === 'rename') {
        await api.call('node.rename', { id: e.id, title: text });
        await refresh();
      }
    } catch (err) {
      fail(err);
    }
  };

  const doDelete = async (id: number) => {
    setConfirmDelete(null);
    try {
      await api.call('node.delete', { id });
      await refresh();
      setSelectedId(null);
    } catch (err) {
      fail(err);
    }
  };

  const selected = selectedId === null ? null : findNode(outline, selectedId);

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">起草助手</div>
        <div className="plan-title" data-testid="plan-title">
          {plan ? plan.title : '未打开计划'}
          {plan?.isSample && <span className="badge">示例</span>}
        </div>
        <nav className="file-actions" aria-label="文件">
          <button onClick={() => api.call('plan.openSample', {}).then(load, fail)}>打开示例计划</button>
          <button onClick={() => setDialog('open')}>打开…</button>
          <button onClick={() => setDialog('create')}>新建…</button>
        </nav>
      </header>
      {error && (
        <div className="error-bar" role="alert">
          <span>{error}</span>
          <button aria-label="关闭提示" onClick={() => setError(null)}>
            ×
          </button>
        </div>
      )}
      {plan ? (
        <main className="workspace">
          <section className="outline-pane" aria-label="大纲">
            <div className="toolbar" role="toolbar" aria-label="大纲操作">
              {ADDABLE.map((kind) => (
                <button
                  key={kind}
                  disabled={!placementFor(outline, selectedId, kind) || editing !== null}
                  title={placementFor(outline, selectedId, kind) ? '' : `请先选择要添加到的位置`}
                  onClick={() => startAdd(kind)}
                >
                  添加{KIND_LABEL[kind]}
                </button>
              ))}
              <span className="spacer" />
              <button disabled={!selected} onClick={() => selected && setEditing({ mode: 'rename', id: selected.id })}>
                重命名
              </button>
              <button disabled={!selected} className="danger" onClick={() => selected && setConfirmDelete(selected.id)}>
                删除
              </button>
            </div>
            <OutlineTree
              roots={outline}
              expanded={expanded}
              selectedId={selectedId}
              editing={editing}
              onSelect={setSelectedId}
              onToggle={(id, open) =>
                setExpanded((s) => {
                  const n = new Set(s);
                  if (open ?? !n.has(id)) n.add(id);
                  else n.delete(id);
                  return n;
                })
              }
              onRename={(id) => setEditing({ mode: 'rename', id })}
              onDelete={(id) => setConfirmDelete(id)}
              onCommit={commit}
              onCancel={() => setEditing(null)}
            />
          </section>
          <aside className="side-pane">
            <CountsPanel counts={counts} />
            <NodeDetailPanel id={selectedId} version={version} onError={fail} onSaved={() => refresh().catch(fail)} />
          </aside>
        </main>
      ) : (
        <main className="welcome">
          <h1>起草助手</h1>
          <p>以结构保存行动计划，计数自动生成，起草说明始终与计划一致。</p>
          <div className="welcome-actions">
            <button className="primary" onClick={() => api.call('plan.openSample', {}).then(load, fail)}>
              打开示例计划
            </button>
            <button onClick={() => setDialog('open')}>打开计划文件…</button>
            <button onClick={() => setDialog('create')}>新建计划…</button>
          </div>
        </main>
      )}
      {dialog && (
        <FileDialog
          mode={dialog}
          onClose={() => setDialog(null)}
          onSubmit={(path, sample) => {
            setDialog(null);
            (dialog === 'open' ? api.call('plan.open', { path }) : api.call('plan.create', { path, sample })).then(load, fail);
          }}
        />
      )}
      {confirmDelete !== null && (
        <ConfirmDialog
          message={deleteMessage(findNode(outline, confirmDelete))}
          confirm="删除"
          onConfirm={() => doDelete(confirmDelete)}
          onClose={() => setConfirmDelete(null)}
        />
      )}
    </div>
  );
}

function deleteMessage(node: OutlineNode | null): string {
  if (!node) return '删除该节点？';
  const below = countBelow(node);
  const name = node.title.length > 30 ? node.title.slice(0, 30) + '…' : node.title;
  return below > 0 ? `删除${KIND_LABEL[node.kind]}“${name}”及其下属的 ${below} 个节点？` : `删除${KIND_LABEL[node.kind]}“${name}”？`;
}

function countBelow(n: OutlineNode): number {
  return n.children.reduce((s, c) => s + 1 + countBelow(c), 0);
}
