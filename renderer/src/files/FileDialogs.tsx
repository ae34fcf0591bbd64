// The browser host's file dialogs: a web page cannot see the file system, so the path is typed
// (with the recently opened files to pick from). Electron uses native dialogs instead.
import { useEffect, useState } from 'react';
import type { RecentFile } from '../../../core/api/channels/editor.ts';
import type { PlanView } from '../../../core/api/contract.ts';
import { api } from '../api/bridge.ts';
import { RecentList } from './RecentList.tsx';
import { openPlan } from '../safety/OpenTrouble.tsx';

export type FileDialogRequest = { mode: 'open' | 'create' | 'copy' } | { mode: 'copied'; path: string };

const TITLE = { open: '打开计划文件', create: '新建计划文件', copy: '另存副本', copied: '副本已保存' } as const;
const ACTION = { open: '打开', create: '新建', copy: '保存副本' } as const;

export function FileDialogs(p: { request: FileDialogRequest; onClose(): void; onOpened(v: PlanView): void; fail(e: unknown): void }) {
  const { request } = p;
  const [path, setPath] = useState('');
  const [sample, setSample] = useState(false);
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [copied, setCopied] = useState<string | null>(request.mode === 'copied' ? request.path : null);
  useEffect(() => {
    if (request.mode === 'open') api.call('file.recent', {}).then(setRecent, () => setRecent([]));
  }, [request.mode]);

  const title = copied ? TITLE.copied : TITLE[request.mode];
  const submit = async () => {
    const clean = path.trim();
    if (!clean) return;
    try {
      if (request.mode === 'open') {
        p.onClose();
        p.onOpened(await openPlan(clean));
      } else if (request.mode === 'create') {
        p.onClose();
        p.onOpened(await api.call('plan.create', { path: clean, sample }));
      } else if (request.mode === 'copy') {
        setCopied((await api.call('file.saveCopy', { path: clean })).path);
      }
    } catch (e) {
      p.fail(e);
      if (request.mode === 'copy') p.onClose();
    }
  };

  return (
    <div className="modal-backdrop">
      <form
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onKeyDown={(e) => e.key === 'Escape' && p.onClose()}
      >
        <h2>{title}</h2>
        {copied ? (
          <>
            <p role="status">已将计划的副本保存到“{copied}”。您仍在编辑原来的文件。</p>
            <div className="modal-actions">
              <button type="button" className="primary" autoFocus onClick={p.onClose}>
                好
              </button>
            </div>
          </>
        ) : (
          <>
            <label className="field">
              <span>文件路径（.qicao）</span>
              <input autoFocus value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/用户/文档/2024年行动计划.qicao" />
            </label>
            {request.mode === 'create' && (
              <label className="check">
                <input type="checkbox" checked={sample} onChange={(e) => setSample(e.target.checked)} /> 以示例计划为起点
              </label>
            )}
            {request.mode === 'copy' && <p className="hint">副本是此刻计划的完整拷贝；保存后您仍在编辑原来的文件。</p>}
            {request.mode === 'open' && recent.length > 0 && (
              <section className="dialog-recent" aria-label="最近打开">
                <h3>最近打开</h3>
                <RecentList files={recent} onOpen={(f) => setPath(f)} />
              </section>
            )}
            <div className="modal-actions">
              <button type="button" onClick={p.onClose}>
                取消
              </button>
              <button type="submit" className="primary">
                {request.mode === 'copied' ? '' : ACTION[request.mode]}
              </button>
            </div>
          </>
        )}
      </form>
    </div>
  );
}
