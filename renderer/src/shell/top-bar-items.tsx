// Actions in the top bar, after 文件 and 撤销/重做. A feature adds itself with one entry:
//   { id: 'export', render: (ctx) => <ExportMenu ctx={ctx} /> },
import type { ReactNode } from 'react';
import type { ShellContext } from './context.ts';
import { exportItem, importItem } from '../export/menu.tsx';

export interface TopBarItem {
  id: string;
  render(ctx: ShellContext): ReactNode;
}

export const topBarItems: TopBarItem[] = [importItem, exportItem];
