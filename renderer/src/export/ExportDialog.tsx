import './export.css';
// 导出: choose a document, see the first pages, save it. Long exports show progress and the
// elapsed time; nothing about the plan changes.
import { useEffect, useRef, useState } from 'react';
import type { Unit } from '../../../core/model/plan.ts';
import { api } from '../api/bridge.ts';
import { saveBase64 } from './save-file.ts';

type What = 'plan' | 'explanation' | 'assignment' | 'unit-tasks' | 'consultation' | 'adoption';

const CHOICES: { what: What; label: string; hint: string }[] = [
  { what: 'plan', label: '行动计划', hint: '正式文本，GB/T 9704 公文格式' },
  { what: 'explanation', label: '起草说明', hint: '计数与指标取自计划，始终一致' },
  { what: 'assignment', label: '任务分工表', hint: '横排表格，每项措施一行' },
  { what: 'unit-tasks', label: '单位任务清单', hint: '某一单位牵头和配合的措施' },
  { what: 'consultation', label: '征求意见稿', hint: '带节点书签，返回的批注可自动定位' },
  { what: 'adoption', label: '意见采纳情况表', hint: '逐条列出各单位意见及处理情况' },
];

function useElapsed(running: boolean): number {
  const [s, setS] = useState(0);
  useEffect(() => {
    if (!running) return setS(0);
    const t0 = Date.now();
    const id = setInterval(() => setS(Math.floor((Date.now() - t0) / 1000)), 250);
    return () => clearInterval(id);
  }, [running]);
  return s;
}

export function ExportDialog(props: { onClose(): void }) {
  const [what, setWhat] = useState<What>('plan');
  const [units, setUnits] = useState<Unit[]>([]);
  const [unit, setUnit] = useState('');
  const [busy, setBusy] = useState<null | 'export' | 'preview'>(null);
  const [pages, setPages] = useState<string[]>([]);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const elapsed = useElapsed(busy !== null);
  const generation = useRef(0);

  useEffect(() => {
    api.call('units.list', {}).then((u) => {
      setUnits(u);
      setUnit(u[0]?.name ?? '');
    });
  }, []);

  const request = () => ({ what, ...(what === 'unit-tasks' ? { unit } : {}) });

  const doExport = async () => {
    setBusy('export');
    setMessage(null);
    try {
      const file = await api.call('export.docx', request());
      saveBase64(file.fileName, file.base64);
      setMessage({ kind: 'ok', text: `已导出“${file.fileName}”。` });
    } catch (e) {
      setMessage({ kind: 'error', text: (e as Error).message });
    } finally {
      setBusy(null);
    }
  };

  const doPreview = async () => {
    const mine = ++generation.current;
    setBusy('preview');
    setMessage(null);
    setPages([]);
    try {
      const r = await api.call('export.preview', { ...request(), pages: 2 });
      if (mine === generation.current) setPages(r.pages);
    } catch (e) {
      if (mine === generation.current) setMessage({ kind: 'error', text: (e as Error).message });
    } finally {
      if (mine === generation.current) setBusy(null);
    }
  };

  return (
    <div className="modal-backdrop">
      <div className="modal export-dialog" role="dialog" aria-modal="true" aria-label="导出 Word 文件" onKeyDown={(e) => e.key === 'Escape' && !busy && props.onClose()}>
        <h2>导出 Word 文件</h2>
        <div className="export-body">
          <fieldset className="export-choices" disabled={busy !== null}>
            <legend>导出内容</legend>
            {CHOICES.map((c) => (
              <label key={c.what} className={`export-choice ${what === c.what ? 'chosen' : ''}`}>
                <input type="radio" name="what" value={c.what} checked={what === c.what} onChange={() => (setWhat(c.what), setPages([]))} />
                <span className="label">{c.label}</span>
                <span className="hint">{c.hint}</span>
              </label>
            ))}
            {what === 'unit-tasks' && (
              <label className="field">
                <span>单位</span>
                <select aria-label="单位" value={unit} onChange={(e) => setUnit(e.target.value)}>
                  {units.map((u) => (
                    <option key={u.id} value={u.name}>
                      {u.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </fieldset>
          <div className="export-preview" aria-label="预览" role="region">
            {busy === 'preview' && <p className="muted">正在排版预览……</p>}
            {pages.map((src, i) => (
              <img key={i} src={src} alt={`第${i + 1}页预览`} />
            ))}
            {!busy && pages.length === 0 && <p className="muted">点击“预览”查看前两页的排版。</p>}
          </div>
        </div>
        {busy && (
          <div className="progress" role="progressbar" aria-label={busy === 'export' ? '正在导出' : '正在生成预览'} aria-busy="true">
            <div className="progress-bar" />
            <span>
              {busy === 'export' ? '正在导出' : '正在生成预览'}……已用 {elapsed} 秒
            </span>
          </div>
        )}
        {message && (
          <p className={message.kind === 'ok' ? 'export-ok' : 'export-error'} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
        <div className="modal-actions">
          <button onClick={props.onClose} disabled={busy === 'export'}>
            关闭
          </button>
          <button onClick={doPreview} disabled={busy !== null}>
            预览
          </button>
          <button className="primary" onClick={doExport} disabled={busy !== null || (what === 'unit-tasks' && !unit)}>
            导出
          </button>
        </div>
      </div>
    </div>
  );
}
