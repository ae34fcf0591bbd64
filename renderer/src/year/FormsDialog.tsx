// 生成填报表: for a period (chosen, or named anew: "2024年第一季度"), one .xlsx and one .docx per
// 牵头单位 into a folder, all or nothing; then the list of written files.
import { useState } from 'react';
import type { PeriodView } from '../../../core/api/contract.ts';
import { api, ApiError } from '../api/bridge.ts';
import { folderOf } from '../export/ExportDialog.tsx';
import { DateField } from '../shell/controls/DateField.tsx';
import { FolderField } from '../shell/controls/FolderField.tsx';
import { useElapsed } from '../shell/controls/use-elapsed.ts';
import { WrittenFiles } from '../shell/controls/WrittenFiles.tsx';
import { ErrorLine, Modal } from './Modal.tsx';

export function FormsDialog(props: { periods: PeriodView[]; planPath: string; onClose(): void; onWritten(): void }) {
  const last = props.periods[props.periods.length - 1];
  const [period, setPeriod] = useState(last?.name ?? '');
  const [dueDate, setDueDate] = useState(last?.dueDate ?? '');
  const [outDir, setOutDir] = useState(folderOf(props.planPath));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [askOverwrite, setAskOverwrite] = useState(false);
  const [written, setWritten] = useState<string[]>([]);
  const elapsed = useElapsed(busy);
  const known = props.periods.find((p) => p.name === period.trim());
  const write = async (overwrite = false) => {
    setBusy(true);
    setError(null);
    setAskOverwrite(false);
    setWritten([]);
    try {
      const r = await api.call('year.writeForms', { period, outDir, ...(dueDate && !known ? { dueDate } : {}), ...(overwrite ? { overwrite } : {}) });
      setWritten(r.files);
      props.onWritten();
    } catch (e) {
      setError((e as Error).message);
      setAskOverwrite(e instanceof ApiError && e.code === 'exists');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title="生成填报表" wide busy={busy} onClose={props.onClose}>
      <form className="year-form" onSubmit={(e) => (e.preventDefault(), void write())} noValidate>
        <label>
          <span>调度期</span>
          <input list="year-period-names" value={period} placeholder="如：2024年第一季度、2024年3月" onChange={(e) => setPeriod(e.target.value)} autoFocus />
          <datalist id="year-period-names">
            {props.periods.map((p) => (
              <option key={p.id} value={p.name} />
            ))}
          </datalist>
        </label>
        {known ? (
          <p className="hint">
            {known.startDate} 至 {known.endDate}
            {known.dueDate ? `，请于${known.dueDate}前报送` : ''}；已有 {known.reported}/{known.units} 个单位报送。
          </p>
        ) : (
          period.trim() && (
            <>
              <p className="hint">新的调度期：起止日期按名称确定。</p>
              <DateField label="报送截止（可不填）" value={dueDate} onChange={setDueDate} />
            </>
          )
        )}
        <FolderField label="填报表保存到文件夹" title="选择保存填报表的文件夹" value={outDir} onChange={setOutDir} onError={(e) => setError((e as Error).message)} />
        <p className="hint">每个牵头单位一份 Excel 填报表（完成状态为下拉选择，编号列隐藏并保护）和一份 Word 填报表；全部写成或一个不写。</p>
        {busy && (
          <div className="progress" role="progressbar" aria-label="正在生成填报表" aria-busy="true">
            <div className="progress-bar" />
            <span>正在生成填报表……已用 {elapsed} 秒</span>
          </div>
        )}
        <ErrorLine text={error} />
        {askOverwrite && (
          <div className="modal-actions">
            <button type="button" onClick={() => void write(true)}>
              替换这些文件
            </button>
          </div>
        )}
        {written.length > 0 && <WrittenFiles title={`已生成 ${written.length / 2} 个单位的填报表（${written.length} 个文件）。`} paths={written} />}
        <div className="modal-actions">
          <button type="button" onClick={props.onClose} disabled={busy}>
            {written.length ? '完成' : '取消'}
          </button>
          <button type="submit" className="primary" disabled={busy || !period.trim() || !outDir.trim()}>
            生成
          </button>
        </div>
      </form>
    </Modal>
  );
}
