// 文件: new, open, the sample, save a copy, and the recently opened plans. In Electron the
// host answers with its native dialogs; in a browser the page asks for the path itself.
import { useEffect, useRef, useState } from 'react';
import type { RecentFile } from '../../../core/api/channels/editor.ts';
import type { PlanView } from '../../../core/api/contract.ts';
import { api } from '../api/bridge.ts';
import { flushAll } from '../shell/autosave.ts';
import type { FileDialogRequest } from './FileDialogs.tsx';
import { RecentList } from './RecentList.tsx';
import { openPlan } from '../safety/OpenTrouble.tsx';

export function FileMenu(p: { hasPlan: boolean; onFile(r: FileDialogRequest): void; onOpened(v: PlanView): void; fail(e: unknown): void }) {
  const [open, setOpen] = useState(false);
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const wrap = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    api.call('file.recent', {}).then(setRecent, () => setRecent([]));
    const close = (e: MouseEvent) => wrap.current?.contains(e.target as Node) || setOpen(false);
    document.addEventListener('mousedown', close);
    setTimeout(() => wrap.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus(), 0);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const act = (fn: () => Promise<void>) => () => {
    setOpen(false);
    fn().catch(p.fail);
  };

  const openFile = act(async () => {
    const chosen = await api.call('file.chooseOpen', {});
    if (!chosen.native) return p.onFile({ mode: 'open' });
    if (chosen.path) p.onOpened(await openPlan(chosen.path));
  });
  const createFile = act(async () => {
    const chosen = await api.call('file.chooseSave', { purpose: 'create', suggestedName: `${new Date().getFullYear()}年行动计划.qicao` });
    if (!chosen.native) return p.onFile({ mode: 'create' });
    if (chosen.path) p.onOpened(await api.call('plan.create', { path: chosen.path, sample: false }));
  });
  const saveCopy = act(async () => {
    await flushAll();
    const chosen = await api.call('file.chooseSave', { purpose: 'copy', suggestedName: '行动计划（副本）.qicao' });
    if (!chosen.native) return p.onFile({ mode: 'copy' });
    if (chosen.path) {
      const { path } = await api.call('file.saveCopy', { path: chosen.path });
      p.onFile({ mode: 'copied', path });
    }
  });

  const onMenuKey = (e: React.KeyboardEvent) => {
    const items = [...(wrap.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown') items[(i + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(i - 1 + items.length) % items.length]?.focus();
    else if (e.key === 'Escape') {
      setOpen(false);
      wrap.current?.querySelector<HTMLElement>('.menu-button')?.focus();
    } else return;
    e.preventDefault();
  };

  return (
    <div className="menu-wrap" ref={wrap}>
      <button className="menu-button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        文件
      </button>
      {open && (
        <div className="menu" role="menu" aria-label="文件" onKeyDown={onMenuKey}>
          <button role="menuitem" onClick={createFile}>
            新建计划…
          </button>
          <button role="menuitem" onClick={openFile}>
            打开…
          </button>
          <button role="menuitem" onClick={act(async () => p.onOpened(await api.call('plan.openSample', {})))}>
            打开示例计划
          </button>
          <button role="menuitem" disabled={!p.hasPlan} onClick={saveCopy}>
            另存副本…
          </button>
          <div role="separator" className="menu-separator" />
          <div className="menu-label">最近打开</div>
          {recent.length ? (
            <RecentList role="menuitem" files={recent} onOpen={(path) => act(async () => p.onOpened(await openPlan(path)))()} />
          ) : (
            <div className="menu-empty">（暂无）</div>
          )}
        </div>
      )}
    </div>
  );
}
