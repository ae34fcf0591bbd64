// 开始调整: the reason (and who decided it) before structural edits are allowed again.
import { useState } from 'react';
import { api } from '../api/bridge.ts';
import { clearSaveError } from '../shell/autosave.ts';
import { ErrorLine, Modal } from './Modal.tsx';

export function AdjustDialog(props: { onClose(): void; onOpened(): void }) {
  const [reason, setReason] = useState('');
  const [madeBy, setMadeBy] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.call('year.beginAdjustment', { reason, madeBy: madeBy.trim() || undefined });
      // the status line's 保存失败 was the refusal this adjustment answers
      clearSaveError();
      props.onOpened();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title="开始调整" busy={busy} onClose={props.onClose}>
      <form className="year-form" onSubmit={(e) => (e.preventDefault(), void submit())} noValidate>
        <p className="hint">调整期间可以增删、移动措施，修改措施内容、完成时限和牵头单位；每处改动记入本次调整。改完后点“结束调整”。</p>
        <label>
          <span>调整原因</span>
          <textarea rows={3} value={reason} placeholder="如：根据区政府常务会议意见，增加扬尘治理措施" onChange={(e) => setReason(e.target.value)} autoFocus />
        </label>
        <label>
          <span>决定单位或经办人（可不填）</span>
          <input value={madeBy} onChange={(e) => setMadeBy(e.target.value)} />
        </label>
        <ErrorLine text={error} />
        <div className="modal-actions">
          <button type="button" onClick={props.onClose} disabled={busy}>
            取消
          </button>
          <button type="submit" className="primary" disabled={busy || !reason.trim()}>
            开始调整
          </button>
        </div>
      </form>
    </Modal>
  );
}
