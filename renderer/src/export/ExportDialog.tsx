import './export.css';
// 导出: choose a document, see the first pages, save it. Long exports show progress and the
// elapsed time; nothing about the plan changes.
import { useEffect, useRef, useState } from 'react';
import type { DraftRefInput } from '../../../core/api/channels/drafts.ts';
import type { PendingCount } from '../../../core/api/contract.ts';
import type { Unit } from '../../../core/model/plan.ts';
import { api, ApiError } from '../api/bridge.ts';
import { flattenOutline } from '../compare/outline-rows.ts';
import { FolderField } from '../shell/controls/FolderField.tsx';
import { useElapsed } from '../shell/controls/use-elapsed.ts';
import { useEscape } from '../shell/controls/use-escape.ts';
import { WrittenFiles } from '../shell/controls/WrittenFiles.tsx';

type What = 'plan' | 'explanation' | 'assignment' | 'unit-tasks' | 'consultation' | 'adoption' | 'comparison';

const CHOICES: { what: What; label: string; hint: string }[] = [
  { what: 'plan', label: '行动计划', hint: '正式文本，GB/T 9704 公文格式' },
  { what: 'explanation', label: '起草说明', hint: '计数与指标取自计划，始终一致' },
  { what: 'assignment', label: '任务分工表', hint: '横排表格，每项措施一行' },
  { what: 'unit-tasks', label: '单位任务清单', hint: '某一单位牵头和配合的措施' },
  { what: 'consultation', label: '征求意见稿', hint: '带节点书签，返回的批注可自动定位' },
  { what: 'adoption', label: '意见采纳情况表', hint: '逐条列出各单位意见及处理情况' },
  { what: 'comparison', label: '修改对照表', hint: '最近一轮征求意见稿→当前稿，每处修改附相关意见' },
];

/** 修改对照表 compares the newest round's 征求意见稿 with the plan as it is now. */
async function roundDraft(): Promise<DraftRefInput> {
  const rounds = (await api.call('drafts.list', {})).filter((d) => d.kind === 'round');
  const last = rounds[rounds.length - 1];
  if (!last) throw new Error('还没有发出过征求意见稿，无从对照。请先在“征求意见”中发出一轮，或在“稿件”中比较两份稿件。');
  return { snapshotId: last.id };
}

/** 修改对照表 of the 征求意见稿 against the current text; none when nothing changed (an empty table is no 报审材料). */
async function saveComparison(outDir: string, overwrite: boolean): Promise<{ path: string }> {
  const pair = { from: await roundDraft(), to: { current: true as const } };
  const comparison = await api.call('drafts.compare', pair);
  if (flattenOutline(comparison.outline, true).length === 0) throw new Error('征求意见稿发出后计划还没有修改，没有可列入修改对照表的内容。修改计划后再导出。');
  return api.call('drafts.saveComparison', { ...pair, outDir, ...(overwrite ? { overwrite } : {}) });
}

/** Documents that state how the consultation went: pending comments would make them wrong. */
const CITES_CONSULTATION: ReadonlySet<What> = new Set(['plan', 'explanation', 'adoption']);

/** The folder of the open plan: where its documents go unless the drafter chooses another. */
export function folderOf(file: string): string {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return i > 0 ? file.slice(0, i) : file;
}

export function ExportDialog(props: { onClose(): void; planPath: string; onReview?(): void }) {
  const [what, setWhat] = useState<What>('plan');
  const [units, setUnits] = useState<Unit[]>([]);
  const [unit, setUnit] = useState('');
  const [busy, setBusy] = useState<null | 'export' | 'preview'>(null);
  const [pages, setPages] = useState<string[]>([]);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [outDir, setOutDir] = useState(() => folderOf(props.planPath));
  const [written, setWritten] = useState<string[]>([]);
  const [pending, setPending] = useState<PendingCount | null>(null);
  const [askPending, setAskPending] = useState(false);
  const [askReplace, setAskReplace] = useState(false);
  const elapsed = useElapsed(busy !== null);
  const generation = useRef(0);

  useEffect(() => {
    void api.call('units.list', {}).then((u) => {
      setUnits(u);
      setUnit(u[0]?.name ?? '');
    });
    api.call('consult.pending', {}).then(setPending, () => setPending(null));
  }, []);
  // Escape closes the dialog wherever the focus is (not while a file is being written)
  useEscape(() => busy !== 'export' && props.onClose());
  const pendingHere = CITES_CONSULTATION.has(what) && (pending?.total ?? 0) > 0;

  // 修改对照表 has no page preview (its layout follows the comparison view)
  const request = () => ({ what: what as Exclude<What, 'comparison'>, ...(what === 'unit-tasks' ? { unit } : {}) });

  const doExport = async (pendingConfirmed = false, overwrite = false) => {
    if (pendingHere && !pendingConfirmed) return setAskPending(true);
    setAskPending(false);
    setAskReplace(false);
    setBusy('export');
    setMessage(null);
    setWritten([]);
    try {
      const file =
        what === 'comparison'
          ? await saveComparison(outDir, overwrite)
          : await api.call('export.save', { what, ...(what === 'unit-tasks' ? { unit } : {}), outDir, ...(overwrite ? { overwrite } : {}) });
      setWritten([file.path]);
    } catch (e) {
      setAskReplace(e instanceof ApiError && e.code === 'exists');
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
      <div className="modal export-dialog" role="dialog" aria-modal="true" aria-label="导出 Word 文件">
        <h2>导出 Word 文件</h2>
        <div className="export-body">
          <fieldset className="export-choices" disabled={busy !== null}>
            <legend>导出内容</legend>
            {CHOICES.map((c) => (
              <label key={c.what} className={`export-choice ${what === c.what ? 'chosen' : ''}`}>
                <input
                  type="radio"
                  name="what"
                  value={c.what}
                  checked={what === c.what}
                  onChange={() => (setWhat(c.what), setPages([]), setAskPending(false), setAskReplace(false), setMessage(null), setWritten([]))}
                />
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
        <FolderField label="保存到文件夹" title="选择导出的文件夹" value={outDir} onChange={setOutDir} onError={(e) => setMessage({ kind: 'error', text: (e as Error).message })} />
        {pendingHere && !askPending && (
          <p className="export-pending-note" data-testid="export-pending-note">
            还有 {pending!.total} 条意见待处理，{CHOICES.find((c) => c.what === what)!.label}中的意见采纳情况会不完整。
          </p>
        )}
        {askPending && (
          <div className="export-pending" role="alertdialog" aria-label="还有意见待处理">
            <p>
              还有 <strong>{pending!.total}</strong> 条意见待处理
              {pending!.rounds.filter((r) => r.pending > 0).length > 1
                ? `（${pending!.rounds
                    .filter((r) => r.pending > 0)
                    .map((r) => `${r.name} ${r.pending} 条`)
                    .join('，')}）`
                : ''}
              。现在导出，{CHOICES.find((c) => c.what === what)!.label}中的采纳情况和汇总句将不是最终数字。
            </p>
            <div className="modal-actions">
              {props.onReview && (
                <button type="button" onClick={props.onReview}>
                  先去处理意见
                </button>
              )}
              <button type="button" onClick={() => setAskPending(false)}>
                取消
              </button>
              <button type="button" className="primary" autoFocus onClick={() => void doExport(true)}>
                仍然导出
              </button>
            </div>
          </div>
        )}
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
            {askReplace && (
              <button type="button" className="export-replace" onClick={() => void doExport(true, true)}>
                替换原文件
              </button>
            )}
          </p>
        )}
        {written.length > 0 && <WrittenFiles title="导出完成。" paths={written} />}
        <div className="modal-actions">
          <button onClick={props.onClose} disabled={busy === 'export'}>
            关闭
          </button>
          <button onClick={() => void doPreview()} disabled={busy !== null || what === 'comparison'}>
            预览
          </button>
          <button className="primary" onClick={() => void doExport()} disabled={busy !== null || askPending || !outDir.trim() || (what === 'unit-tasks' && !unit)}>
            导出
          </button>
        </div>
      </div>
    </div>
  );
}
