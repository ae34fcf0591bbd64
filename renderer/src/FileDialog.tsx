// Open or create a plan by path. In Electron the native dialog replaces this (later); in the
// browser host the path is typed, since a web page cannot see the file system.
import { useState } from 'react';

export function FileDialog(props: { mode: 'open' | 'create'; onSubmit(path: string, sample: boolean): void; onClose(): void }) {
  const [path, setPath] = useState('');
  const [sample, setSample] = useState(false);
  const title = props.mode === 'open' ? '打开计划文件' : '新建计划文件';
  return (
    <div className="modal-backdrop">
      <form
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          if (path.trim()) props.onSubmit(path.trim(), sample);
        }}
        onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
      >
        <h2>{title}</h2>
        <label className="field">
          <span>文件路径（.qicao）</span>
          <input autoFocus value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/用户/文档/2024年行动计划.qicao" />
        </label>
        {props.mode === 'create' && (
          <label className="check">
            <input type="checkbox" checked={sample} onChange={(e) => setSample(e.target.checked)} /> 以示例计划为起点
          </label>
        )}
        <div className="modal-actions">
          <button type="button" onClick={props.onClose}>
            取消
          </button>
          <button type="submit" className="primary">
            {props.mode === 'open' ? '打开' : '新建'}
          </button>
        </div>
      </form>
    </div>
  );
}

export function ConfirmDialog(props: { message: string; confirm: string; onConfirm(): void; onClose(): void }) {
  return (
    <div className="modal-backdrop">
      <div className="modal" role="alertdialog" aria-modal="true" aria-label="请确认" onKeyDown={(e) => e.key === 'Escape' && props.onClose()}>
        <p>{props.message}</p>
        <div className="modal-actions">
          <button autoFocus onClick={props.onClose}>
            取消
          </button>
          <button className="danger" onClick={props.onConfirm}>
            {props.confirm}
          </button>
        </div>
      </div>
    </div>
  );
}
