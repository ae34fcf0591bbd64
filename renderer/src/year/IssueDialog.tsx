// 印发: the 文号, the 印发日期 and which draft is the issued text. The current content is saved as
// the 印发稿; an earlier draft is first made current (drafts.restore keeps the replaced content as
// a draft of its own), so the baseline is always exactly what the plan file then holds.
import { useEffect, useState } from 'react';
import type { DraftInfo } from '../../../core/model/comparison.ts';
import { todayIso } from '../../../core/model/consultation.ts';
import { api } from '../api/bridge.ts';
import { DateField } from '../shell/controls/DateField.tsx';
import { ErrorLine, Modal } from './Modal.tsx';

export function IssueDialog(props: { onClose(): void; onIssued(): void }) {
  const [docNumber, setDocNumber] = useState('');
  const [issueDate, setIssueDate] = useState(todayIso());
  const [name, setName] = useState('印发稿');
  const [drafts, setDrafts] = useState<DraftInfo[]>([]);
  const [draft, setDraft] = useState<number | 0>(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.call('drafts.list', {}).then(setDrafts, () => setDrafts([]));
  }, []);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      if (draft) await api.call('drafts.restore', { id: draft });
      await api.call('year.issue', { docNumber, issueDate, snapshotName: name.trim() || undefined });
      props.onIssued();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title="印发计划" busy={busy} onClose={props.onClose}>
      <form className="year-form" onSubmit={(e) => (e.preventDefault(), void submit())} noValidate>
        <p className="hint">印发后，计划以印发稿为全年调度的基准：增删、移动措施或修改措施内容、完成时限、牵头单位，须先“开始调整”并写明原因，每处改动都记入调整记录。</p>
        <label>
          <span>文号</span>
          <input value={docNumber} placeholder="如：怀政办发〔2024〕3号" onChange={(e) => setDocNumber(e.target.value)} autoFocus />
        </label>
        <DateField label="印发日期" value={issueDate} onChange={setIssueDate} />
        <label>
          <span>印发的稿件</span>
          <select value={draft} onChange={(e) => setDraft(Number(e.target.value))}>
            <option value={0}>当前内容</option>
            {drafts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}（{d.createdAt.slice(0, 10)}）
              </option>
            ))}
          </select>
        </label>
        {draft !== 0 && <p className="hint">将先把所选稿件恢复为当前内容（现在的内容另存为一个稿件，可随时恢复），再以它印发。</p>}
        <label>
          <span>印发稿保存为</span>
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <ErrorLine text={error} />
        <div className="modal-actions">
          <button type="button" onClick={props.onClose} disabled={busy}>
            取消
          </button>
          <button type="submit" className="primary" disabled={busy || !docNumber.trim() || !issueDate}>
            {busy ? '正在印发…' : '印发'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
