// When a plan cannot be opened, say why and offer the way out, never touching the file itself:
// a damaged plan → open a new file made from its latest backup; a plan in use → open a copy.
import { useEffect, useState } from 'react';
import type { BackupView, PlanView } from '../../../core/api/contract.ts';
import { api, ApiError } from '../api/bridge.ts';

interface Trouble {
  path: string;
  code: 'corrupt' | 'locked';
  message: string;
}

const EVENT = 'qicao:open-trouble';

/** plan.open, announcing a damaged or locked file so the window can offer help. */
export async function openPlan(path: string): Promise<PlanView> {
  try {
    return await api.call('plan.open', { path });
  } catch (e) {
    if (e instanceof ApiError && (e.code === 'corrupt' || e.code === 'locked')) {
      window.dispatchEvent(new CustomEvent<Trouble>(EVENT, { detail: { path, code: e.code, message: e.message } }));
    }
    throw e;
  }
}

export function OpenTroubleHost(p: { onOpened(v: PlanView): void }) {
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const [backups, setBackups] = useState<BackupView[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    const on = (e: Event) => {
      const t = (e as CustomEvent<Trouble>).detail;
      setTrouble(t);
      setError('');
      setBackups([]);
      if (t.code === 'corrupt') api.call('backups.listFor', { path: t.path }).then(setBackups, () => setBackups([]));
    };
    window.addEventListener(EVENT, on);
    return () => window.removeEventListener(EVENT, on);
  }, []);

  if (!trouble) return null;
  const act = async (fn: () => Promise<PlanView>) => {
    setBusy(true);
    try {
      const v = await fn();
      setTrouble(null);
      p.onOpened(v);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const latest = backups[0];
  return (
    <div className="modal-backdrop">
      <div className="modal" role="alertdialog" aria-modal="true" aria-label="无法打开计划" onKeyDown={(e) => e.key === 'Escape' && setTrouble(null)}>
        <h2>无法打开计划</h2>
        <p>{trouble.message}</p>
        <p className="hint">原文件不会被修改。</p>
        {trouble.code === 'corrupt' &&
          (latest ? (
            <p>
              可以从最近的备份（{latest.createdAt.slice(0, 16).replace('T', ' ')}，{latest.reasonLabel}）另存一份新文件继续工作。
            </p>
          ) : (
            <p>没有找到该文件的备份。</p>
          ))}
        {trouble.code === 'locked' && <p>可以打开它的一份副本查看或继续编辑；对副本的修改不会影响原文件。</p>}
        {error && <p role="alert">{error}</p>}
        <div className="modal-actions">
          <button onClick={() => setTrouble(null)}>关闭</button>
          {trouble.code === 'corrupt' && latest && (
            <button className="primary" disabled={busy} onClick={() => void act(() => api.call('plan.openLatestBackup', { path: trouble.path }))}>
              打开最近的备份
            </button>
          )}
          {trouble.code === 'locked' && (
            <button className="primary" disabled={busy} onClick={() => void act(() => api.call('plan.openCopy', { path: trouble.path }))}>
              打开副本
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
