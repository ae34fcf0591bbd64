// 导出 and 导入 in the top bar: each opens its dialog over the window.
import { useState, type ReactNode } from 'react';
import { api } from '../api/bridge.ts';
import { ImportDialog } from '../import/ImportDialog.tsx';
import { OFFER_ROLL_FORWARD } from '../bulk/BulkEdits.tsx';
import type { ShellContext } from '../shell/context.ts';
import type { TopBarItem } from '../shell/top-bar-items.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { PackageDialog } from './PackageDialog.tsx';

type ExportDialogProps = { planPath: string; onClose(): void; onReview(): void };

/** A top-bar button opening an export dialog; the dialog's "去审阅" closes it and shows the review view. */
function ExportDialogButton(p: { ctx: ShellContext; label: string; title?: string; Dialog(props: ExportDialogProps): ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button onClick={() => setOpen(true)} title={p.title}>
        {p.label}
      </button>
      {open && (
        <p.Dialog
          planPath={p.ctx.view.path}
          onClose={() => setOpen(false)}
          onReview={() => {
            setOpen(false);
            p.ctx.showView('review');
          }}
        />
      )}
    </>
  );
}

const ExportButton = ({ ctx }: { ctx: ShellContext }) => <ExportDialogButton ctx={ctx} label="导出…" Dialog={ExportDialog} />;

const PackageButton = ({ ctx }: { ctx: ShellContext }) => (
  <ExportDialogButton ctx={ctx} label="导出报审材料…" title="一次导出报审稿、起草说明、任务分工表、意见采纳情况表和修改对照表" Dialog={PackageDialog} />
);

function ImportButton({ ctx }: { ctx: ShellContext }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button onClick={() => setOpen(true)}>导入…</button>
      {open && (
        <ImportDialog
          onClose={() => setOpen(false)}
          onImported={(path) => {
            setOpen(false);
            // the imported plan is a new file: open it, then show it as on start-up (and offer 改为下一年度)
            sessionStorage.setItem(OFFER_ROLL_FORWARD, path);
            api.call('plan.open', { path }).then(() => window.location.reload(), ctx.fail);
          }}
        />
      )}
    </>
  );
}

export const exportItem: TopBarItem = { id: 'export', render: (ctx) => <ExportButton ctx={ctx} /> };
export const packageItem: TopBarItem = { id: 'package', render: (ctx) => <PackageButton ctx={ctx} /> };
export const importItem: TopBarItem = { id: 'import', render: (ctx) => <ImportButton ctx={ctx} /> };
