// The side panels, as tabs on the right. A feature adds itself with one entry here:
//   import { reviewPanel } from '../review/panel.tsx';  …  reviewPanel,
import type { ReactNode } from 'react';
import { CountsPanel } from '../counts/CountsPanel.tsx';
import { SearchPanel } from '../search/SearchPanel.tsx';
import { draftsPanel } from '../compare/panel.tsx';
import { consultPanel } from '../consult/panel.tsx';
import { reviewPanel } from '../review/panel.tsx';
import { backupsPanel } from '../safety/BackupsPanel.tsx';
import { yearPanel } from '../year/YearPanel.tsx';
import type { ShellContext } from './context.ts';

export interface PanelSpec {
  id: string;
  title: string;
  render(ctx: ShellContext): ReactNode;
}

export const panels: PanelSpec[] = [
  { id: 'counts', title: '计数', render: (ctx) => <CountsPanel counts={ctx.counts} plan={ctx.plan} jumpTo={ctx.jumpTo} /> },
  { id: 'search', title: '搜索', render: (ctx) => <SearchPanel ctx={ctx} /> },
  reviewPanel,
  consultPanel,
  draftsPanel,
  backupsPanel,
  yearPanel,
];
