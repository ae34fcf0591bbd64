// 改为下一年度… and 查找替换… (Ctrl+H) in the top bar. Both show every change as a row to
// review before anything is written; 应用 writes the ticked rows as one step. After a plan is
// imported, the window offers 改为下一年度 once (the import leaves a note for the reloaded page).
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/bridge.ts';
import type { TextEditRow } from '../../../core/api/channels/bulk-edits.ts';
import type { ShellContext } from '../shell/context.ts';
import type { TopBarItem } from '../shell/top-bar-items.tsx';
import { checkedEdits, EditList, useChecked } from './EditListDialog.tsx';
import './bulk.css';

/** Set by the import (path of the new plan) before the page reloads: offer the roll-forward once. */
export const OFFER_ROLL_FORWARD = 'qicao:offer-roll-forward';

function Dialog(p: { label: string; onClose(): void; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.querySelector<HTMLElement>('input, button')?.focus(), []);
  return (
    <div className="modal-backdrop">
      <div ref={ref} className="modal bulk-dialog" role="dialog" aria-modal="true" aria-label={p.label} onKeyDown={(e) => e.key === 'Escape' && p.onClose()}>
        {p.children}
      </div>
    </div>
  );
}

/** Applies the checked edits as one step, then shows the plan as it now is and closes; a refusal stays on screen. */
function useApply(p: { ctx: ShellContext; onClose(): void }, setError: (message: string) => void) {
  const [busy, setBusy] = useState(false);
  const run = async (call: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await call();
      await p.ctx.refresh();
      p.onClose();
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };
  return { busy, run };
}

/** The refusal, if any, and the dialog's 取消 / apply buttons. */
function ApplyBar(p: { error: string | null; cancel: string; apply: string; disabled: boolean; onCancel(): void; onApply(): unknown }) {
  return (
    <>
      {p.error && (
        <p className="error" role="alert">
          {p.error}
        </p>
      )}
      <div className="modal-actions">
        <button onClick={p.onCancel}>{p.cancel}</button>
        <button className="primary" disabled={p.disabled} onClick={() => void p.onApply()}>
          {p.apply}
        </button>
      </div>
    </>
  );
}

function RollForwardDialog(p: { ctx: ShellContext; offered: boolean; onClose(): void }) {
  const [list, setList] = useState<{ from: number; to: number; rows: TextEditRow[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [checked, setChecked] = useChecked(list?.rows ?? null);
  const load = (to?: number) =>
    api.call('plan.rollForwardList', to === undefined ? {} : { to }).then(
      (l) => (setList(l), setError(null)),
      (e: Error) => setError(e.message),
    );
  useEffect(() => void load(), []);
  const { busy, run } = useApply(p, setError);
  const apply = () => list && run(() => api.call('plan.rollForwardApply', { edits: checkedEdits(list.rows, checked) }));
  return (
    <Dialog label="改为下一年度" onClose={p.onClose}>
      <h2>改为下一年度</h2>
      {list && (
        <p className="bulk-lead">
          {p.offered ? `导入的是${list.from}年的计划。` : ''}
          以下 {list.rows.length} 处年份将由 {list.from} 年改为
          <input
            className="bulk-year"
            aria-label="改为年度"
            type="number"
            defaultValue={list.to}
            onBlur={(e) => Number(e.target.value) !== list.to && void load(Number(e.target.value))}
          />
          年：完成时限、“年度”和计划年份随之改动；基准年（如“较2020年”）、上一年数据、文号和依据文件的日期不变。请逐条核对，取消勾选不需改动的行。
        </p>
      )}
      {list && list.rows.length === 0 && <p>没有需要改动的年份。</p>}
      {list && list.rows.length > 0 && <EditList rows={list.rows} checked={checked} onChange={setChecked} />}
      <ApplyBar
        error={error}
        cancel={p.offered ? '暂不修改' : '取消'}
        apply={`应用所选 ${checked.size} 处`}
        disabled={!list || checked.size === 0 || busy}
        onCancel={p.onClose}
        onApply={apply}
      />
    </Dialog>
  );
}

function FindReplaceDialog(p: { ctx: ShellContext; onClose(): void }) {
  const [find, setFind] = useState('');
  const [replace, setReplace] = useState('');
  const [list, setList] = useState<{ rows: TextEditRow[]; hits: number; more: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [checked, setChecked] = useChecked(list?.rows ?? null);
  const preview = async () => {
    setError(null);
    try {
      setList(await api.call('text.findReplaceList', { find, replace }));
    } catch (e) {
      setList(null);
      setError((e as Error).message);
    }
  };
  const { busy, run } = useApply(p, setError);
  const apply = () => list && run(() => api.call('text.replaceApply', { edits: checkedEdits(list.rows, checked), label: `替换“${find.slice(0, 20)}”` }));
  return (
    <Dialog label="查找替换" onClose={p.onClose}>
      <h2>查找替换</h2>
      <form
        className="bulk-find"
        onSubmit={(e) => {
          e.preventDefault();
          void preview();
        }}
      >
        <label>
          查找
          <input value={find} onChange={(e) => (setFind(e.target.value), setList(null))} />
        </label>
        <label>
          替换为
          <input value={replace} onChange={(e) => (setReplace(e.target.value), setList(null))} />
        </label>
        <button type="submit" disabled={find === ''}>
          预览
        </button>
      </form>
      <p className="bulk-lead">在措施、各级标题、完成时限、主要目标和主要内容、起草说明中查找；单位名称请在单位列表中修改。</p>
      {list && (
        <p className="bulk-lead" role="status">
          {list.hits === 0
            ? `没有找到“${find}”。`
            : `找到 ${list.hits} 处，在 ${list.rows.length + list.more} 个位置${list.more ? `（只列出前 ${list.rows.length} 个，请缩小查找范围）` : ''}。`}
        </p>
      )}
      {list && list.rows.length > 0 && <EditList rows={list.rows} checked={checked} onChange={setChecked} />}
      <ApplyBar error={error} cancel="取消" apply={`替换所选 ${checked.size} 处`} disabled={!list || checked.size === 0 || busy} onCancel={p.onClose} onApply={apply} />
    </Dialog>
  );
}

function BulkButtons({ ctx }: { ctx: ShellContext }) {
  const [open, setOpen] = useState<null | 'roll' | 'offer' | 'find'>(null);
  useEffect(() => {
    if (sessionStorage.getItem(OFFER_ROLL_FORWARD) === ctx.view.path) {
      sessionStorage.removeItem(OFFER_ROLL_FORWARD);
      setOpen('offer');
    }
  }, [ctx.view.path]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'h' || e.isComposing) return;
      e.preventDefault();
      setOpen('find');
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  return (
    <>
      <button onClick={() => setOpen('find')} title="在措施、目标、内容和起草说明中查找并替换（Ctrl+H），逐处预览">
        替换…
      </button>
      <button onClick={() => setOpen('roll')} aria-label="改为下一年度…" title="改为下一年度：完成时限、“年度”和计划年份逐条确认后改为下一年">
        改年度…
      </button>
      {(open === 'roll' || open === 'offer') && <RollForwardDialog ctx={ctx} offered={open === 'offer'} onClose={() => setOpen(null)} />}
      {open === 'find' && <FindReplaceDialog ctx={ctx} onClose={() => setOpen(null)} />}
    </>
  );
}

export const bulkEditItem: TopBarItem = { id: 'bulk', render: (ctx) => <BulkButtons ctx={ctx} /> };
