// The main window: top bar, outline on the left, the selected node's editor or the 起草说明 in
// the middle, side panels (计数, 搜索, …) on the right. All state that matters lives in the plan
// file; this holds only the view: selection, what is open, which tab shows.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PlanView } from '../../core/api/contract.ts';
import { api } from './api/bridge.ts';
import { FileDialogs, type FileDialogRequest } from './files/FileDialogs.tsx';
import { OutlinePane } from './outline/OutlinePane.tsx';
import { pathTo } from './outline/tree-model.ts';
import { flushAll, useSaveStatus, whenSaved } from './shell/autosave.ts';
import type { ShellContext } from './shell/context.ts';
import { panels } from './shell/panels.tsx';
import { usePlanState } from './shell/plan-state.ts';
import { useShortcuts } from './shell/shortcuts.ts';
import { TopBar } from './shell/TopBar.tsx';
import { views } from './shell/views.tsx';
import { Welcome } from './shell/Welcome.tsx';
import { OpenTroubleHost } from './safety/OpenTrouble.tsx';

export function App() {
  const { state, load, start, refresh, patchTitle, setView, setHistory } = usePlanState();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [expanded, setExpanded] = useState<Set<number>>(new Set());
  const [reveal, setReveal] = useState(0);
  const [view, setActiveView] = useState('node');
  const [panel, setPanel] = useState('counts');
  const [explanationBlock, setExplanationBlock] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fileDialog, setFileDialog] = useState<FileDialogRequest | null>(null);
  const [historySteps, setHistorySteps] = useState(0);
  const searchFocus = useRef<(() => void) | null>(null);

  const fail = useCallback((e: unknown) => setError(e instanceof Error ? e.message : String(e)), []);

  // after each autosave, what 撤销 would undo has changed
  const saveStatus = useSaveStatus();
  useEffect(() => {
    if (saveStatus.state === 'saved' && state.view) api.call('history.state', {}).then(setHistory, () => undefined);
  }, [saveStatus, state.view, setHistory]);

  const open = useCallback(
    async (planView: PlanView | null) => {
      await flushAll();
      expandedFor.current = null;
      setSelectedId(null);
      setError(null);
      await load(planView);
      if (planView) document.title = `${planView.title} — 起草助手`;
    },
    [load],
  );

  const [started, setStarted] = useState(false);
  useEffect(() => {
    start()
      .then((v) => {
        if (v) document.title = `${v.title} — 起草助手`;
      }, fail)
      .finally(() => setStarted(true));
  }, [start, fail]);

  // parts and aspects open at first: the drafter sees the plan's shape at a glance
  const expandedFor = useRef<string | null>(null);
  useEffect(() => {
    const path = state.view?.path ?? null;
    if (!path || !state.outline.length || expandedFor.current === path) return;
    expandedFor.current = path;
    setExpanded(new Set(state.outline.flatMap((p) => [p.id, ...p.children.map((a) => a.id)])));
  }, [state.view?.path, state.outline]);

  const expand = useCallback((ids: number[], openIt: boolean) => {
    setExpanded((s) => {
      const n = new Set(s);
      for (const id of ids) {
        if (openIt) n.add(id);
        else n.delete(id);
      }
      return n;
    });
  }, []);

  // what the drafter selected last: an action finishing later must not take the selection back
  const selection = useRef(0);
  const select = useCallback((id: number | null) => {
    selection.current++;
    setSelectedId(id);
    if (id !== null) setActiveView('node');
  }, []);

  const jumpTo = useCallback(
    (nodeId: number) => {
      const chain = pathTo(state.outline, nodeId);
      if (chain)
        expand(
          chain.slice(0, -1).map((n) => n.id),
          true,
        );
      selection.current++;
      setSelectedId(nodeId);
      setActiveView('node');
      setReveal((r) => r + 1);
    },
    [state.outline, expand],
  );

  const reload = useCallback(async () => {
    try {
      await refresh();
    } catch (e) {
      fail(e);
    }
  }, [refresh, fail]);

  const historyStep = useCallback(
    async (which: 'history.undo' | 'history.redo') => {
      try {
        if (document.activeElement instanceof HTMLElement && document.activeElement.matches('input, textarea, select')) {
          document.activeElement.blur(); // a field saves when left: that edit is then the one undone
        }
        await flushAll();
        await whenSaved();
        const before = selection.current;
        const reply = await api.call(which, {});
        setHistory(reply.history);
        await refresh();
        const focus = selection.current === before ? reply.step?.focus : null;
        if (focus && 'nodeId' in focus) {
          setSelectedId(focus.nodeId);
          setActiveView('node');
          setReveal((r) => r + 1);
        } else if (focus && 'explanation' in focus) setActiveView('explanation');
      } catch (e) {
        fail(e);
      } finally {
        setHistorySteps((n) => n + 1);
      }
    },
    [refresh, setHistory, fail],
  );

  useShortcuts({
    undo: () => void historyStep('history.undo'),
    redo: () => void historyStep('history.redo'),
    search: () => {
      setPanel('search');
      setTimeout(() => searchFocus.current?.(), 0);
    },
    enabled: state.view !== null,
  });

  const ctx: ShellContext | null = useMemo(
    () =>
      state.view && {
        view: state.view,
        outline: state.outline,
        counts: state.counts,
        plan: state.plan,
        pending: state.pending,
        selectedId,
        version: state.version,
        jumpTo,
        showView: setActiveView,
        showExplanation: (block?: number) => {
          setActiveView('explanation');
          setExplanationBlock(block ?? null);
        },
        refresh: reload,
        openPanel: setPanel,
        fail,
        patchTitle,
        registerSearchFocus: (f: () => void) => (searchFocus.current = f),
      },
    [state, selectedId, jumpTo, reload, fail, patchTitle],
  );

  const activeView = views.find((v) => v.id === view) ?? views[0];
  const activePanel = panels.find((p) => p.id === panel) ?? panels[0];

  return (
    <div className="app">
      <TopBar
        ctx={ctx}
        history={state.history}
        historySteps={historySteps}
        onUndo={() => void historyStep('history.undo')}
        onRedo={() => void historyStep('history.redo')}
        onFile={setFileDialog}
        onOpened={(v) => void open(v).catch(fail)}
        onRenamed={(v) => {
          setView(v);
          document.title = `${v.title} — 起草助手`;
          // the year and the drafting unit are in the 起草说明 and the exports: read the plan again
          void reload();
        }}
        onSearch={() => {
          setPanel('search');
          setTimeout(() => searchFocus.current?.(), 0);
        }}
        fail={fail}
      />
      {error && (
        <div className="error-bar" role="alert">
          <span>{error}</span>
          <button aria-label="关闭提示" onClick={() => setError(null)}>
            ×
          </button>
        </div>
      )}
      {ctx ? (
        <main className={`workspace${activeView.wide ? ' wide' : ''}`}>
          <OutlinePane
            ctx={ctx}
            expanded={expanded}
            reveal={reveal}
            onSelect={select}
            onExpand={expand}
            onChanged={async (id, selectionAtStart) => {
              await refresh();
              if (id !== null && selection.current === selectionAtStart) {
                setSelectedId(id);
                setReveal((r) => r + 1);
              }
            }}
            selection={() => selection.current}
          />
          <section className="main-area" aria-label="编辑区">
            <div className="tabs" role="tablist" aria-label="编辑内容">
              {views.map((v) => (
                <button key={v.id} role="tab" aria-selected={v.id === activeView.id} className="tab" onClick={() => setActiveView(v.id)}>
                  {v.title}
                </button>
              ))}
            </div>
            <div className="view" role="tabpanel" aria-label={activeView.title}>
              {activeView.render({ ...ctx, explanationBlock })}
            </div>
          </section>
          <aside className={`side-pane${activeView.wide ? ' folded' : ''}`} aria-label="侧栏">
            <div className="tabs" role="tablist" aria-label="侧栏" aria-orientation={activeView.wide ? 'vertical' : 'horizontal'}>
              {panels.map((p) => (
                <button
                  key={p.id}
                  role="tab"
                  aria-selected={!activeView.wide && p.id === activePanel.id}
                  className="tab"
                  onClick={() => {
                    setPanel(p.id);
                    // a wide view folds the panels to their tabs; a tab brings them back
                    if (activeView.wide) setActiveView('node');
                  }}
                >
                  {p.title}
                </button>
              ))}
            </div>
            {!activeView.wide && (
              <div className="panel" role="tabpanel" aria-label={activePanel.title}>
                {activePanel.render(ctx)}
              </div>
            )}
          </aside>
        </main>
      ) : started ? (
        <Welcome onFile={setFileDialog} onOpened={(v) => void open(v).catch(fail)} fail={fail} />
      ) : (
        <main className="welcome" aria-busy="true" />
      )}
      {fileDialog && <FileDialogs request={fileDialog} onClose={() => setFileDialog(null)} onOpened={(v) => void open(v).catch(fail)} fail={fail} />}
      <OpenTroubleHost onOpened={(v) => void open(v).catch(fail)} />
    </div>
  );
}
