// 备份: the plan's automatic backups, newest first, each restorable. Restoring first backs up
// the current state, so a restore can itself be taken back from this same list.
import { useEffect, useState } from 'react';
import type { BackupView } from '../../../core/api/contract.ts';
import { api } from '../api/bridge.ts';
import type { ShellContext } from '../shell/context.ts';
import type { PanelSpec } from '../shell/panels.tsx';
import './safety.css';

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');
const size = (n: number) => (n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

function BackupsPanel({ ctx }: { ctx: ShellContext }) {
  const [backups, setBackups] = useState<BackupView[] | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');

  const load = () => api.call('backups.list', {}).then(setBackups, ctx.fail);
  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the list is read again when the plan or its file changes; load is new each render
  }, [ctx.version, ctx.view.path]);

  const act = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await fn();
      setNote(done);
      await load();
    } catch (e) {
      ctx.fail(e);
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  };

  return (
    <section className="backups-panel" aria-label="备份">
      <div className="backups-head">
        <p>编辑期间每10分钟（有改动时）、导入和恢复之前都会自动备份。保留最近10份，更早的每天保留1份。</p>
        <button disabled={busy} onClick={() => void act(() => api.call('backups.create', {}), '已备份当前计划。')}>
          立即备份
        </button>
      </div>
      {note && (
        <p role="status" className="backups-note">
          {note}
        </p>
      )}
      {backups === null ? (
        <p className="muted">正在读取备份……</p>
      ) : backups.length === 0 ? (
        <p className="muted">还没有备份。</p>
      ) : (
        <ol className="backups-list">
          {backups.map((b) => (
            <li key={b.path}>
              <div>
                <strong>{when(b.createdAt)}</strong>
                <span className="muted">
                  {b.reasonLabel} · {size(b.size)}
                </span>
              </div>
              {confirming === b.path ? (
                <div className="backups-confirm" role="group" aria-label="确认恢复">
                  <span>用这份备份替换当前计划？当前内容会先另存一份备份。</span>
                  <button
                    className="danger"
                    disabled={busy}
                    onClick={() =>
                      void act(
                        async () => {
                          await api.call('backups.restore', { path: b.path });
                          await ctx.refresh();
                        },
                        `已恢复 ${when(b.createdAt)} 的备份；恢复前的内容已另存为备份。`,
                      )
                    }
                  >
                    恢复
                  </button>
                  <button onClick={() => setConfirming(null)}>取消</button>
                </div>
              ) : (
                <button disabled={busy} onClick={() => setConfirming(b.path)}>
                  恢复…
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export const backupsPanel: PanelSpec = { id: 'backups', title: '备份', render: (ctx) => <BackupsPanel ctx={ctx} /> };
