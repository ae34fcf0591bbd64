// Where files go: a folder path (typed, or chosen) and "选择文件夹…", which opens the system's
// folder dialog in the desktop app and our own Chinese picker in the browser host.
import { useId, useState } from 'react';
import { api } from '../../api/bridge.ts';
import { FolderPicker } from './FolderPicker.tsx';
import './controls.css';

export function FolderField(props: { label: string; value: string; onChange(path: string): void; onError(e: unknown): void; title?: string; placeholder?: string }) {
  const [picking, setPicking] = useState(false);
  const id = useId();
  const choose = async () => {
    try {
      const r = await api.call('file.chooseFolder', { title: props.title ?? props.label, defaultPath: props.value || undefined });
      if (!r.native) return setPicking(true);
      if (r.path) props.onChange(r.path);
    } catch (e) {
      props.onError(e);
    }
  };
  return (
    <div className="folder-field">
      <label htmlFor={id}>{props.label}</label>
      <div className="folder-row">
        <input id={id} value={props.value} placeholder={props.placeholder ?? '点击“选择文件夹…”，或输入文件夹路径'} onChange={(e) => props.onChange(e.target.value)} />
        <button type="button" onClick={() => void choose()}>
          选择文件夹…
        </button>
      </div>
      {picking && (
        <FolderPicker
          title={props.title ?? props.label}
          start={props.value}
          onCancel={() => setPicking(false)}
          onChoose={(p) => {
            setPicking(false);
            props.onChange(p);
          }}
        />
      )}
    </div>
  );
}
