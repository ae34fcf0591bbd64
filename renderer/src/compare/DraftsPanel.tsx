import './compare.css';
// 稿件: the named drafts kept inside the plan file. Save the current draft under a name, restore
// an older one as the current draft (the current one is kept first, so this can be undone), or
// open the comparison of a draft with the current one.
import { useCallback, useEffect, useState } from 'react';
import { draftTime } from '../../../core/model/describe-comparison.ts';
import { DRAFT_KIND_LABEL, type DraftInfo } from '../../../core/model/comparison.ts';
import { api } from '../api/bridge.ts';

export interface DraftsPanelProps {
  /** bumps when the plan was read again (another window action may have taken a snapshot) */
  version?: number;
  /** the plan changed under the window: read it again */
  onRestored(): void | Promise<void>;
  /** opens the comparison with this draft as 较早稿 */
  onCompare?(snapshotId: number): void;
  /** opens the comparison with the drafts it picks itself */
  onOpenCompare?(): void;
}

export function DraftsPanel(props: DraftsPanelProps) {
  const [drafts, setDrafts] = useState<DraftInfo[]>([]);
  const [name, setName] = useState('');
  const [confirm, setConfirm] = useState<DraftInfo | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => api.call('drafts.list', {}).then(setDrafts, (e: Error) => setMessage({ kind: 'error', text: e.message })), []);
  useEffect(() => {
    void load();
  }, [load, props.version]);

  const take = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const d = await api.call('drafts.take', { name: name.trim() });
      setName('');
      setMessage({ kind: 'ok', text: `已保存稿件“${d.name}”。` });
      await load();
    } catch (e) {
      setMessage({ kind: 'error', text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const restore = async (d: DraftInfo) => {
    setConfirm(null);
    setBusy(true);
    setMessage(null);
    try {
      const r = await api.call('drafts.restore', { id: d.id });
      setMessage({ kind: 'ok', text: `已将“${r.restored.name}”恢复为当前稿；原当前稿已保存为“${r.backup.name}”，恢复它即可撤销。` });
      await load();
      await props.onRestored();
    } catch (e) {
      setMessage({ kind: 'error', text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="drafts" aria-label="稿件">
      <form
        className="drafts-take"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) void take();
        }}
      >
        <label htmlFor="draft-name">把当前稿保存为</label>
        <div className="drafts-take-row">
          <input id="draft-name" value={name} placeholder="如：征求意见稿、报审稿" maxLength={200} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="primary" disabled={busy || !name.trim()}>
            保存当前稿
          </button>
        </div>
      </form>
      {message && (
        <div className={`drafts-message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </div>
      )}
      {props.onOpenCompare && drafts.length > 0 && <button onClick={props.onOpenCompare}>比较稿件…</button>}
      {drafts.length === 0 ? (
        <p className="hint drafts-empty">还没有保存过稿件。发出征求意见时会自动保存“征求意见稿”，也可以随时手动保存。</p>
      ) : (
        <ul className="drafts-list" aria-label="已保存的稿件">
          {[...drafts].reverse().map((d) => (
            <li key={d.id} className={`draft kind-${d.kind}`} aria-label={d.name}>
              <div className="draft-name">{d.name}</div>
              <div className="hint">
                {draftTime(d.createdAt)} · {DRAFT_KIND_LABEL[d.kind]}
              </div>
              <div className="draft-actions">
                {props.onCompare && (
                  <button className="link" onClick={() => props.onCompare!(d.id)}>
                    与当前稿比较
                  </button>
                )}
                <button className="link" disabled={busy} onClick={() => setConfirm(d)}>
                  恢复为当前稿
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {confirm && (
        <div className="modal-backdrop">
          <div className="modal" role="alertdialog" aria-modal="true" aria-label="恢复稿件" onKeyDown={(e) => e.key === 'Escape' && setConfirm(null)}>
            <p>把“{confirm.name}”恢复为当前稿？当前稿会先自动保存为一份“恢复前”稿件，之后恢复那一份即可撤销。</p>
            <div className="modal-actions">
              <button autoFocus onClick={() => setConfirm(null)}>
                取消
              </button>
              <button className="danger" onClick={() => void restore(confirm)}>
                恢复
              </button>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
