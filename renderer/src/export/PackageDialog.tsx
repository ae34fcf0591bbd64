// 导出报审材料: the whole set (报审稿, 起草说明, 任务分工表, 意见采纳情况表, 修改对照表) into one folder
// in one action. The core checks the consultation first: open comments or silent units come back
// as a list, shown here with "仍要导出？" — nothing is written until the drafter says so.
import { useState } from 'react';
import type { PackageResult, ReviewWarning, SkippedDocument } from '../../../core/model/review-package.ts';
import { api, ApiError } from '../api/bridge.ts';
import { FolderField } from '../shell/controls/FolderField.tsx';
import { useEscape } from '../shell/controls/use-escape.ts';
import { WrittenFiles } from '../shell/controls/WrittenFiles.tsx';
import { folderOf } from './ExportDialog.tsx';
import './export.css';

export function PackageDialog(props: { planPath: string; onClose(): void; onReview?(): void }) {
  const [outDir, setOutDir] = useState(() => folderOf(props.planPath));
  const [busy, setBusy] = useState(false);
  const [warning, setWarning] = useState<ReviewWarning | null>(null);
  const [written, setWritten] = useState<{ files: string[]; skipped: SkippedDocument[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [askReplace, setAskReplace] = useState(false);
  useEscape(() => !busy && props.onClose());

  const run = async (confirmed: boolean, overwrite = false) => {
    setBusy(true);
    setError(null);
    setAskReplace(false);
    setWritten(null);
    try {
      const r: PackageResult = await api.call('export.package', { outDir, ...(confirmed ? { confirmed } : {}), ...(overwrite ? { overwrite } : {}) });
      if (r.status === 'needs-confirmation') setWarning(r.warning);
      else {
        setWarning(null);
        setWritten({ files: r.files, skipped: r.skipped });
      }
    } catch (e) {
      setAskReplace(e instanceof ApiError && e.code === 'exists');
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="modal-backdrop">
      <div className="modal package-dialog" role="dialog" aria-modal="true" aria-label="导出报审材料">
        <h2>导出报审材料</h2>
        <p className="muted">一次写出报审稿、起草说明、任务分工表、意见采纳情况表和修改对照表（征求意见稿→当前稿），文件名按报审惯例命名。</p>
        <FolderField label="保存到文件夹" title="选择存放报审材料的文件夹" value={outDir} onChange={setOutDir} onError={(e) => setError((e as Error).message)} />
        {warning && (
          <div className="export-pending" role="alertdialog" aria-label="仍要导出？">
            <p>{warning.message}</p>
            {warning.pendingComments.length > 0 && (
              <ul className="package-list" aria-label="待处理意见">
                {warning.pendingComments.map((c) => (
                  <li key={c.id}>
                    <span className="nowrap">{c.unit}</span>（{c.round}，{c.clause}）：{c.summary}
                  </li>
                ))}
              </ul>
            )}
            {warning.silentUnits.length > 0 && (
              <ul className="package-list" aria-label="未反馈单位">
                {warning.silentUnits.map((u) => (
                  <li key={`${u.round}:${u.unit}`}>
                    {u.unit}（{u.round}）：未反馈{u.overdue ? '，已过截止日期' : ''}
                  </li>
                ))}
              </ul>
            )}
            <p>
              <strong>仍要导出？</strong>
            </p>
            <div className="modal-actions">
              {props.onReview && warning.pendingComments.length > 0 && (
                <button type="button" onClick={props.onReview}>
                  先去处理意见
                </button>
              )}
              <button type="button" onClick={() => setWarning(null)}>
                取消
              </button>
              <button type="button" className="primary" autoFocus onClick={() => void run(true)}>
                仍要导出
              </button>
            </div>
          </div>
        )}
        {busy && (
          <div className="progress" role="progressbar" aria-label="正在导出报审材料" aria-busy="true">
            <div className="progress-bar" />
            <span>正在导出报审材料……</span>
          </div>
        )}
        {error && (
          <p className="export-error" role="alert">
            {error}
            {askReplace && (
              <button type="button" className="export-replace" onClick={() => void run(true, true)}>
                替换原文件
              </button>
            )}
          </p>
        )}
        {written && (
          <>
            <WrittenFiles title="报审材料已导出。" paths={written.files} />
            {written.skipped.map((s) => (
              <p key={s.document} className="export-pending-note">
                未生成{s.document}：{s.reason}
              </p>
            ))}
          </>
        )}
        <div className="modal-actions">
          <button type="button" onClick={props.onClose} disabled={busy}>
            关闭
          </button>
          <button type="button" className="primary" onClick={() => void run(false)} disabled={busy || !!warning || !outDir.trim()}>
            导出
          </button>
        </div>
      </div>
    </div>
  );
}
