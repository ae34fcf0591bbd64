// 新建下一年度计划: a new plan file made from this one (each node keeps its lineage to this year's,
// unfinished measures flagged to carry over, the 起草说明's background written from the ledger's
// actuals). The desktop app asks where with the system's save dialog; the browser takes a path.
import { useState } from 'react';
import type { NextYearResult } from '../../../core/api/contract.ts';
import { api } from '../api/bridge.ts';
import { folderOf } from '../export/ExportDialog.tsx';
import { ErrorLine, Modal } from './Modal.tsx';

export function NextYearDialog(props: { planPath: string; year: number | null; onClose(): void }) {
  const next = (props.year ?? new Date().getFullYear()) + 1;
  const sep = props.planPath.includes('\\') && !props.planPath.includes('/') ? '\\' : '/';
  const [path, setPath] = useState(`${folderOf(props.planPath)}${sep}${next}年行动计划.qicao`);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<NextYearResult | null>(null);
  const create = async (chosen = path) => {
    setBusy(true);
    setError(null);
    try {
      setResult(await api.call('year.nextYear', { path: chosen, year: next }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const chooseNative = async () => {
    try {
      const c = await api.call('file.chooseSave', { purpose: 'create', suggestedName: `${next}年行动计划.qicao` });
      if (c.native && c.path) {
        setPath(c.path);
        await create(c.path);
      }
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const openIt = () => {
    if (!result) return;
    api.call('plan.open', { path: result.path }).then(
      () => window.location.reload(),
      (e: unknown) => setError((e as Error).message),
    );
  };
  return (
    <Modal title="新建下一年度计划" wide busy={busy} onClose={props.onClose}>
      {!result ? (
        <form className="year-form" onSubmit={(e) => (e.preventDefault(), void create())} noValidate>
          <p className="hint">
            以本计划为底稿新建 {next}{' '}
            年度计划文件：每个节点记住它在本年度计划中的来历，未完成的措施标为“结转”，起草说明的背景段按台账中的实际值写成（实际值改了，句子随之改）。本计划不变。
          </p>
          <label>
            <span>新计划文件</span>
            <input value={path} onChange={(e) => setPath(e.target.value)} autoFocus spellCheck={false} />
          </label>
          {window.qicao && (
            <button type="button" onClick={() => void chooseNative()}>
              选择位置…
            </button>
          )}
          <ErrorLine text={error} />
          <div className="modal-actions">
            <button type="button" onClick={props.onClose} disabled={busy}>
              取消
            </button>
            <button type="submit" className="primary" disabled={busy || !path.trim()}>
              {busy ? '正在新建…' : '新建'}
            </button>
          </div>
        </form>
      ) : (
        <div className="year-form" role="status" aria-label="下一年度计划已新建">
          <p>
            已新建 <code>{result.path}</code>：{result.year} 年度计划，{result.measures} 项措施，其中 <strong>{result.carriedOver}</strong> 项未完成的措施标为结转。
          </p>
          <h3>起草说明背景段</h3>
          <blockquote className="year-quote" data-testid="next-year-background">
            {result.background}
          </blockquote>
          {result.additions && <p className="hint">{result.additions}</p>}
          <ErrorLine text={error} />
          <div className="modal-actions">
            <button type="button" onClick={props.onClose}>
              关闭
            </button>
            <button type="button" className="primary" onClick={openIt}>
              打开新计划
            </button>
          </div>
        </div>
      )}
    </Modal>
  );
}
