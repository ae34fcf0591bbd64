// The 审校 side panel: findings of the whole plan and its 起草说明, each a jump away.
import type { ShellContext } from '../shell/context.ts';
import type { PanelSpec } from '../shell/panels.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';

function jump(ctx: ShellContext, nodeId: number | null, block: number) {
  if (nodeId !== null) ctx.jumpTo(nodeId);
  else if (block >= 0) ctx.showExplanation(block);
}

export const reviewPanel: PanelSpec = {
  id: 'review',
  title: '审校',
  render: (ctx) => <ReviewPanel key={ctx.view.path} onJump={(nodeId, block) => jump(ctx, nodeId, block)} onPlanChanged={() => ctx.refresh()} />,
};
