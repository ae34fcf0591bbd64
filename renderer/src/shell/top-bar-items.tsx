// Actions in the top bar, after 文件 and 撤销/重做. A feature adds itself with one entry:
//   { id: 'export', render: (ctx) => <ExportMenu ctx={ctx} /> },
import type { ReactNode } from 'react';
import type { ShellContext } from './context.ts';
import { exportItem, importItem, packageItem } from '../export/menu.tsx';
import { yearItem } from '../year/YearBanner.tsx';
import { bulkEditItem } from '../bulk/BulkEdits.tsx';

export interface TopBarItem {
  id: string;
  render(ctx: ShellContext): ReactNode;
}

export const topBarItems: TopBarItem[] = [importItem, exportItem, packageItem, bulkEditItem, yearItem];

/**
 * When the window is too narrow, items go into 更多… in this order: the rarely used first (替换 has
 * Ctrl+H, 改年度 is once a year), 导入… late because an empty plan points to it, the plan's state
 * (已印发 · 调整中) last. An item not listed goes before all of these.
 */
export const OVERFLOW_ORDER: readonly string[] = ['package', 'bulk', 'import', 'export', 'year'];
