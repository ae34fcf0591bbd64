// The 稿件 side panel with the comparison it opens over the window. To show it, the shell adds
// one entry to its panels (shell/panels.tsx):  import { draftsPanel } from '../compare/panel.tsx'; … draftsPanel,
import { useState } from 'react';
import type { ShellContext } from '../shell/context.ts';
import type { PanelSpec } from '../shell/panels.tsx';
import { CompareView } from './CompareView.tsx';
import { DraftsPanel } from './DraftsPanel.tsx';

function DraftsTab(props: { ctx: ShellContext }) {
  const { ctx } = props;
  // null: closed; undefined: open with the default drafts; a number: open from that snapshot
  const [comparing, setComparing] = useState<number | undefined | null>(null);
  return (
    <>
      <DraftsPanel version={ctx.version} onRestored={ctx.refresh} onCompare={(id) => setComparing(id)} onOpenCompare={() => setComparing(undefined)} />
      {comparing !== null && (
        <CompareView
          initialFrom={comparing}
          onClose={() => setComparing(null)}
          onJump={(id) => {
            setComparing(null);
            ctx.jumpTo(id);
          }}
        />
      )}
    </>
  );
}

export const draftsPanel: PanelSpec = { id: 'drafts', title: '稿件', render: (ctx) => <DraftsTab ctx={ctx} /> };
