// After files were written: where each one is, and "打开所在文件夹" (the desktop app opens the
// file manager; in the browser the path is copied, since a page cannot open folders).
import { useState } from 'react';
import { api } from '../../api/bridge.ts';
import './controls.css';

function folderOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i > 0 ? path.slice(0, i) : path;
}

export function WrittenFiles(props: { title: string; paths: string[] }) {
  const [note, setNote] = useState<string | null>(null);
  const folder = props.paths.length ? folderOf(props.paths[0]) : '';
  const open = async () => {
    try {
      const r = await api.call('file.showInFolder', { path: props.paths[0] });
      if (r.native) return setNote(null);
      await navigator.clipboard?.writeText(folder).catch(() => undefined);
      setNote(`浏览器中无法直接打开文件夹。文件夹路径已复制，可粘贴到文件管理器的地址栏：${folder}`);
    } catch (e) {
      setNote((e as Error).message);
    }
  };
  return (
    <section className="written" role="status" aria-label="已写出的文件">
      <p className="written-title">
        {props.title}
        <span className="written-folder">
          已导出到 <code>{folder}</code>
        </span>
      </p>
      <ul className="written-list">
        {props.paths.map((p) => (
          <li key={p}>
            <code data-testid="written-path">{p}</code>
          </li>
        ))}
      </ul>
      <div className="written-actions">
        <button type="button" onClick={() => void open()}>
          打开所在文件夹
        </button>
      </div>
      {note && <p className="hint">{note}</p>}
    </section>
  );
}
