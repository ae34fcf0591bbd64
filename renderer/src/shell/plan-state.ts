// What the window knows of the open plan. The file is the truth: after an edit the window
// asks again (outline and counts first, so the tree shows at once; the whole plan after).
import { useCallback, useRef, useState } from 'react';
import type { HistoryState } from '../../../core/api/channels/editor.ts';
import type { CountsView, OutlineNode, PlanView } from '../../../core/api/contract.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { api } from '../api/bridge.ts';

export interface PlanState {
  view: PlanView | null;
  outline: OutlineNode[];
  counts: CountsView | null;
  /** the whole plan (units, deadlines, indicators); arrives just after the outline */
  plan: Plan | null;
  /** nodes with comments still 待处理 */
  pending: Set<number>;
  history: HistoryState;
  /** bumps whenever the plan was read again */
  version: number;
}

const EMPTY: PlanState = {
  view: null,
  outline: [],
  counts: null,
  plan: null,
  pending: new Set(),
  history: { undo: null, redo: null },
  version: 0,
};

export function usePlanState() {
  const [state, setState] = useState<PlanState>(EMPTY);
  // a refresh that started earlier must not overwrite a later one's answer
  const generation = useRef(0);

  /** Reads the plan again: outline and counts first (the tree shows at once), the whole plan after. */
  const reread = useCallback(async (mine: number, shallowFirst = false, early?: Reads) => {
    const reads = early ?? startReads(shallowFirst);
    // the measures were asked for together with the rest: they show as soon as they are in,
    // and the shallow outline never replaces them if it happens to come later
    let fullIn = false;
    const fullDone = (reads.full ?? Promise.resolve(null)).then((full) => {
      if (!full || mine !== generation.current) return;
      fullIn = true;
      setState((s) => ({ ...s, outline: full, version: s.version + 1 }));
    });
    fullDone.catch(() => undefined); // awaited below; if the first reads fail, theirs is the error told
    const [outline, counts, history, pending, view] = await reads.first;
    if (mine !== generation.current) return;
    setState((s) => ({
      ...s,
      ...(fullIn ? {} : { outline }),
      counts,
      history,
      pending: new Set(pending),
      version: s.version + 1,
      ...(view && s.view?.path === view.path ? { view } : {}),
    }));
    await fullDone;
    if (mine !== generation.current) return;
    const plan = await api.call('plan.read', {});
    if (mine !== generation.current) return;
    setState((s) => ({ ...s, plan, version: s.version + 1 }));
  }, []);

  const refresh = useCallback(() => reread(++generation.current), [reread]);

  const load = useCallback(
    async (view: PlanView | null) => {
      const mine = ++generation.current;
      setState({ ...EMPTY, view });
      if (view) await reread(mine, true);
    },
    [reread],
  );

  /** At start: which plan is open, asked together with its outline (one round trip less). */
  const start = useCallback(async (): Promise<PlanView | null> => {
    const mine = ++generation.current;
    // the reads the page started while it was still loading (once; a second start reads anew)
    const early = opening;
    opening = null;
    const all = reread(mine, true, early ?? undefined).then(
      () => true,
      () => false,
    );
    const view = await (early ? early.first.then((r) => r[4]) : api.call('plan.current', {})).catch(() => api.call('plan.current', {}));
    if (!view) {
      generation.current++;
      setState(EMPTY);
      return null;
    }
    setState((s) => ({ ...s, view }));
    if (!(await all)) await load(view);
    return view;
  }, [reread, load]);

  /** A text edit already saved: change the one title locally instead of reading everything. */
  const patchTitle = useCallback((id: number, title: string) => {
    setState((s) => ({ ...s, outline: replaceTitle(s.outline, id, title), plan: s.plan && patchPlanTitle(s.plan, id, title) }));
  }, []);

  const setView = useCallback((view: PlanView) => setState((s) => ({ ...s, view })), []);
  const setHistory = useCallback((history: HistoryState) => setState((s) => ({ ...s, history })), []);

  return { state, load, start, refresh, patchTitle, setView, setHistory };
}

/** The reads that fill the window, all sent at once: the outline (shallow first, when asked), counts, history. */
function startReads(shallowFirst: boolean) {
  const first = Promise.all([
    // a plan just opened shows its tasks closed: the measures follow in their own reply
    api.call('plan.outline', shallowFirst ? { measures: false } : {}),
    api.call('plan.counts', {}),
    api.call('history.state', {}),
    api.call('comments.pendingNodes', {}),
    // the title and year change by undo and by bulk edits (改为下一年度) too, not only by renaming
    api.call('plan.current', {}),
  ]);
  // sent now, not after the shallow outline came back: one round trip less before the measures show
  const full = shallowFirst ? api.call('plan.outline', {}) : null;
  first.catch(() => undefined);
  full?.catch(() => undefined);
  return { first, full };
}
type Reads = ReturnType<typeof startReads>;

/**
 * The first reads leave while the page is still starting (when this module is evaluated), not
 * after React's first paint: the window spends that time waiting for the host either way.
 * Taken by the first `start`; with no plan open they fail and `start` shows the welcome screen.
 */
let opening: Reads | null = typeof window !== 'undefined' && typeof document !== 'undefined' ? startReads(true) : null;

type Titled = { id: number; title: string; children?: Titled[] };

/** Replaces one node's title, copying only the nodes on its path (React sees what changed). */
function replaceTitle<T extends Titled>(nodes: T[], id: number, title: string): T[] {
  let changed = false;
  const out = nodes.map((n) => {
    if (n.id === id) {
      changed = true;
      return { ...n, title };
    }
    if (!n.children?.length) return n;
    const children = replaceTitle(n.children, id, title);
    if (children === n.children) return n;
    changed = true;
    return { ...n, children };
  });
  return changed ? out : nodes;
}

function patchPlanTitle(plan: Plan, id: number, title: string): Plan {
  const parts = replaceTitle(plan.parts as Titled[], id, title) as unknown as Plan['parts'];
  const sections = replaceTitle(plan.sections, id, title);
  return parts === plan.parts && sections === plan.sections ? plan : { ...plan, parts, sections };
}
