// The main area's views, as tabs above it: the selected node's editor and the 起草说明.
// Another full-size view (e.g. a draft comparison) is one more entry. The editors (and Lexical
// with them) load after the outline has shown, so a large plan's outline appears sooner.
import { lazy, Suspense, type ReactNode } from 'react';
import type { ShellContext } from './context.ts';

const NodeEditor = lazy(() => import('../editor/NodeEditor.tsx').then((m) => ({ default: m.NodeEditor })));
const ReviewView = lazy(() => import('../consult/ReviewView.tsx').then((m) => ({ default: m.ReviewView })));
const LedgerView = lazy(() => import('../year/LedgerView.tsx').then((m) => ({ default: m.LedgerView })));
const ExplanationEditor = lazy(() => import('../explanation/ExplanationEditor.tsx').then((m) => ({ default: m.ExplanationEditor })));

export interface ViewSpec {
  id: string;
  title: string;
  /** a wide view (the review of comments): the side panels step aside while it shows */
  wide?: boolean;
  render(ctx: ShellContext & { explanationBlock: number | null }): ReactNode;
}

const loading = <p className="view-loading">正在载入编辑器…</p>;

export const views: ViewSpec[] = [
  {
    id: 'node',
    title: '计划内容',
    render: (ctx) => (
      <Suspense fallback={loading}>
        <NodeEditor ctx={ctx} />
      </Suspense>
    ),
  },
  {
    id: 'explanation',
    title: '起草说明',
    render: (ctx) => (
      <Suspense fallback={loading}>
        <ExplanationEditor ctx={ctx} block={ctx.explanationBlock} />
      </Suspense>
    ),
  },
  {
    id: 'review',
    title: '意见审阅',
    wide: true,
    render: (ctx) => (
      <Suspense fallback={loading}>
        <ReviewView ctx={ctx} />
      </Suspense>
    ),
  },
  {
    id: 'ledger',
    title: '台账',
    wide: true,
    render: (ctx) => (
      <Suspense fallback={loading}>
        <LedgerView ctx={ctx} />
      </Suspense>
    ),
  },
];
