// The plan's mode in the top bar: 印发… before issue; after it "已印发 文号" and the adjustment
// switch (开始调整… / 调整中：原因 · 结束调整), so the drafter always sees why structure is locked.
import { useCallback, useState } from 'react';
import { api } from '../api/bridge.ts';
import type { ShellContext } from '../shell/context.ts';
import type { TopBarItem } from '../shell/top-bar-items.tsx';
import { AdjustDialog } from './AdjustDialog.tsx';
import { IssueDialog } from './IssueDialog.tsx';
import { announceYearChange, useYearChanges, useYearState } from './year-data.ts';
import './year.css';

function YearBanner({ ctx }: { ctx: ShellContext }) {
  const { state, reload } = useYearState(ctx.version);
  const [dialog, setDialog] = useState<null | 'issue' | 'adjust'>(null);
  useYearChanges(useCallback(() => void reload(), [reload]));
  const changed = async () => {
    setDialog(null);
    announceYearChange();
    await ctx.refresh();
  };
  const end = async () => {
    try {
      await api.call('year.endAdjustment', {});
      await changed();
      ctx.openPanel('year');
    } catch (e) {
      ctx.fail(e);
    }
  };
  if (!state) return null;
  const issue = state.issue;
  const open = state.openAdjustment;
  return (
    <div className={`year-banner${issue ? ' issued' : ''}${open ? ' adjusting' : ''}`} role="group" aria-label="计划状态">
      {!issue && <button onClick={() => setDialog('issue')}>印发…</button>}
      {issue && (
        <span className="year-mode" data-testid="year-mode" title={`${issue.issueDate}印发，印发稿保存为“${issue.snapshotName}”`}>
          已印发<span className="year-docno"> {issue.docNumber}</span>
        </span>
      )}
      {issue && !open && <button onClick={() => setDialog('adjust')}>开始调整…</button>}
      {open && (
        <>
          <span className="year-adjusting" data-testid="year-adjusting" title={open.reason}>
            调整中：{open.reason.length > 14 ? `${open.reason.slice(0, 14)}…` : open.reason}（{open.changes.length} 处改动）
          </span>
          <button onClick={() => void end()}>结束调整</button>
        </>
      )}
      {dialog === 'issue' && <IssueDialog onClose={() => setDialog(null)} onIssued={() => void changed()} />}
      {dialog === 'adjust' && <AdjustDialog onClose={() => setDialog(null)} onOpened={() => void changed()} />}
    </div>
  );
}

export const yearItem: TopBarItem = { id: 'year', render: (ctx) => <YearBanner ctx={ctx} /> };
