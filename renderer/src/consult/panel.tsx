// The 征求意见 side panel. To show it, the shell adds one entry to its panels (shell/panels.tsx):
//   import { consultPanel } from '../consult/panel.tsx';  …  consultPanel,
import type { ShellContext } from '../shell/context.ts';
import type { PanelSpec } from '../shell/panels.tsx';
import { ConsultPanel } from './ConsultPanel.tsx';

export const consultPanel: PanelSpec = {
  id: 'consult',
  title: '征求意见',
  render: (ctx: ShellContext) => (
    <ConsultPanel onJump={ctx.jumpTo} onPlanChanged={ctx.refresh} version={ctx.version} planPath={ctx.view.path} onReview={() => ctx.showView('review')} />
  ),
};
