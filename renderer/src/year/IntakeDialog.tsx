// 收回填报表: many returned forms at once (picked or dropped). Each is taken back on its own so
// one bad file does not stop the rest; the unit and period are read from the file (or chosen when
// they cannot be), and each file says what was found. Rows matched by text wait for confirmation.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { IntakeFileResult, PeriodView } from '../../../core/api/contract.ts';
import type { Unit } from '../../../core/model/plan.ts';
import { api } from '../api/bridge.ts';
import { MAX_UPLOAD_BYTES, readAsBase64 } from '../consult/file-base64.ts';
import { FilePickButton } from '../shell/controls/FilePickButton.tsx';
import { ConfirmRows, type RowToConfirm } from './ConfirmRows.tsx';
import { ErrorLine, Modal } from './Modal.tsx';

interface Returned {
  key: string;
  name: string;
  base64: string | null;
  state: 'reading' | 'ready' | 'taking' | 'done' | 'error';
  /** chosen when the file did not say */
  unit: string;
  result: IntakeFileResult | null;
  message: string;
}

function summary(r: IntakeFileResult): string {
  if (r.error) return r.error;
  if (r.duplicate) return '该文件已收回过，未重复计入。';
  const parts = [r.noChange ? '复函“无变化”，沿用上期状态' : `${r.rows.length} 行`];
  if (r.indicators.length) parts.push(`${r.indicators.length} 个指标月度值`);
  if (r.toConfirm) parts.push(`其中 ${r.toConfirm} 行请确认`);
  if (r.replaced) parts.push('替换了本单位本期此前的填报（历史保留）');
  return parts.join('，');
}

export function ProgressIntakeDialog(props: { periods: PeriodView[]; onClose(): void; onTaken(): void }) {
  const [files, setFiles] = useState<Returned[]>([]);
  const [period, setPeriod] = useState('');
  const [units, setUnits] = useState<Unit[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);
  useEffect(() => {
    api.call('units.list', {}).then(setUnits, () => setUnits([]));
  }, []);
  const patch = (key: string, p: Partial<Returned>) => setFiles((l) => l.map((f) => (f.key === key ? { ...f, ...p } : f)));

  const add = (picked: File[]) => {
    for (const file of picked) {
      const key = `r${++seq.current}`;
      setFiles((l) => [...l, { key, name: file.name, base64: null, state: 'reading', unit: '', result: null, message: '正在读取…' }]);
      if (file.size > MAX_UPLOAD_BYTES) {
        patch(key, { state: 'error', message: `文件有 ${(file.size / 1024 / 1024).toFixed(1)} MB，超过界面导入的上限（约 29 MB）。` });
        continue;
      }
      readAsBase64(file).then(
        (base64) => patch(key, { base64, state: 'ready', message: '待收回' }),
        (e: unknown) => patch(key, { state: 'error', message: (e as Error).message }),
      );
    }
  };

  const takeAll = async () => {
    setBusy(true);
    setError(null);
    for (const f of files) {
      if (f.state !== 'ready' || !f.base64) continue;
      patch(f.key, { state: 'taking', message: '正在收回…' });
      try {
        const r = await api.call('year.intake', { files: [{ fileName: f.name, base64: f.base64 }], ...(period ? { period } : {}), ...(f.unit ? { unit: f.unit } : {}) });
        const one = r.files[0];
        // a file whose unit could not be told stores nothing: the drafter picks the unit and retries
        patch(f.key, { state: one.error || !one.unit ? 'ready' : 'done', result: one, message: summary(one) });
      } catch (e) {
        patch(f.key, { state: 'ready', message: (e as Error).message });
      }
    }
    setBusy(false);
    props.onTaken();
  };

  const ready = files.filter((f) => f.state === 'ready');
  // one list per change of the files (ConfirmRows keeps its own edits until the list changes)
  const toConfirm: RowToConfirm[] = useMemo(
    () =>
      files.flatMap((f) =>
        f.result && f.state === 'done'
          ? f.result.rows.filter((r) => !r.confirmed && r.matchedBy !== 'id').map((r) => ({ ...r, unit: f.result!.unit ?? '', fileName: f.name }))
          : [],
      ),
    [files],
  );
  const allDone = files.length > 0 && files.every((f) => f.state === 'done' || f.state === 'error');
  return (
    <Modal title="收回填报表" wide busy={busy} onClose={props.onClose}>
      <p className="hint">可一次选择或拖入多个单位返回的填报表（.xlsx 或 .docx）。填报单位和调度期从文件中识别；同一单位同一调度期再次报送的，以新的为准，原填报保留在历史中。</p>
      <FilePickButton label="返回的填报表" accept=".xlsx,.docx" multiple disabled={busy} chosen={files.map((f) => f.name)} onFiles={add} />
      <label className="year-inline">
        <span>调度期</span>
        <select value={period} onChange={(e) => setPeriod(e.target.value)} disabled={busy}>
          <option value="">按文件中的调度期</option>
          {props.periods.map((p) => (
            <option key={p.id} value={p.name}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      {files.length > 0 && (
        <div className="year-table-wrap">
          <table className="year-table intake-files" aria-label="收回的文件">
            <thead>
              <tr>
                <th scope="col">文件</th>
                <th scope="col">填报单位</th>
                <th scope="col">调度期</th>
                <th scope="col">结果</th>
              </tr>
            </thead>
            <tbody>
              {files.map((f) => {
                const r = f.result;
                const needUnit = f.state === 'ready' && r !== null && !r.unit;
                return (
                  <tr key={f.key} aria-label={f.name} data-state={f.state}>
                    <td className="cell-name" title={f.name}>
                      {f.name}
                    </td>
                    <td>
                      {r?.unit && !needUnit ? (
                        <>
                          {r.unit}
                          {r.unitSource && <span className="hint">（据{r.unitSource}）</span>}
                        </>
                      ) : needUnit ? (
                        <select aria-label={`${f.name}的填报单位`} value={f.unit} aria-invalid={!f.unit} onChange={(e) => patch(f.key, { unit: e.target.value })}>
                          <option value="">请选择单位</option>
                          {units.map((u) => (
                            <option key={u.id} value={u.name}>
                              {u.name}
                            </option>
                          ))}
                        </select>
                      ) : null}
                    </td>
                    <td>{r?.period ?? ''}</td>
                    <td className={`cell-result ${f.state}${r?.error ? ' error' : ''}`} role={r?.error || f.state === 'error' ? 'alert' : undefined} data-testid="intake-result">
                      {f.message}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ErrorLine text={error} />
      <ConfirmRows rows={toConfirm} onChanged={props.onTaken} />
      <div className="modal-actions">
        <button type="button" onClick={props.onClose} disabled={busy}>
          {allDone ? '完成' : '关闭'}
        </button>
        <button type="button" className="primary" disabled={busy || ready.length === 0} onClick={() => void takeAll()}>
          {busy ? '正在收回…' : `全部收回（${ready.length} 个文件）`}
        </button>
      </div>
    </Modal>
  );
}
