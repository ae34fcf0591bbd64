// Recently opened plans, newest first; a file that has moved or gone is shown but not offered.
import type { RecentFile } from '../../../core/api/channels/editor.ts';

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function RecentList(p: { files: RecentFile[]; onOpen(path: string): void; role?: 'menuitem' }) {
  return (
    <ul className="recent-list" role={p.role ? 'none' : undefined}>
      {p.files.map((f) => (
        <li key={f.path} role="none">
          <button
            type="button"
            role={p.role}
            className="recent-item"
            disabled={!f.exists}
            title={f.exists ? f.path : `${f.path}（文件已不在原处）`}
            onClick={() => p.onOpen(f.path)}
          >
            <span className="recent-title">{f.title}</span>
            <span className="recent-path">{f.exists ? baseName(f.path) : '文件已不在原处'}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
