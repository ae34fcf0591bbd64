// The 稿件 side panel with the comparison it opens over the window. To show it, the shell adds
// one entry to its panels (shell/panels.tsx):  import { draftsPanel } from '../compare/panel.tsx'; … draftsPanel,
import { useState } from 'react';
import { createPortal } from 'react-dom';
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
      {/* over the whole window, not inside the 320-px panel (a layout container that would clip it) */}
      {comparing !== null &&
        createPortal(
          <CompareView
            initialFrom={comparing}
            planPath={ctx.view.path}
            onClose={() => setComparing(null)}
            onJump={(id) => {
              setComparing(null);
              ctx.jumpTo(id);
            }}
          />,
          document.body,
        )}
    </>
  );
}

export const draftsPanel: PanelSpec = { id: 'drafts', title: '稿件', render: (ctx) => <DraftsTab ctx={ctx} /> };
