import './compare.css';
// 比较稿件: choose two drafts (a snapshot or 当前稿) and read what changed between them —
// side by side or inline, the whole plan or only the changes, navigable by the outline — and
// export the 修改对照表. Everything shown is computed by core; this only lays it out.
import { useEffect, useMemo, useRef, useState } from 'react';
import { draftTime, tallyDelta } from '../../../core/model/describe-comparison.ts';
import { DRAFT_KIND_LABEL, type Comparison, type DraftInfo } from '../../../core/model/comparison.ts';
import { api, ApiError } from '../api/bridge.ts';
import { folderOf } from '../export/ExportDialog.tsx';
import { FolderField } from '../shell/controls/FolderField.tsx';
import { useEscape } from '../shell/controls/use-escape.ts';
import { WrittenFiles } from '../shell/controls/WrittenFiles.tsx';
import { ChangeRow, type CompareMode } from './ChangeRow.tsx';
import { CompareOutline } from './CompareOutline.tsx';
import { defaultFrom, toRef, type DraftChoice } from './draft-choice.ts';
import { flattenOutline } from './outline-rows.ts';

function DraftSelect(props: { label: string; value: DraftChoice; drafts: DraftInfo[]; onChange(v: DraftChoice): void }) {
  return (
    <label className="cmp-pick">
      <span>{props.label}</span>
      <select aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value as DraftChoice)}>
        {props.drafts.map((d) => (
          <option key={d.id} value={`s:${d.id}`}>
            {d.name}（{draftTime(d.createdAt)}
            {d.kind === 'manual' ? '' : `，${DRAFT_KIND_LABEL[d.kind]}`}）
          </option>
        ))}
        <option value="current">当前稿（正在编辑的计划）</option>
      </select>
    </label>
  );
}

function Summary(props: { result: Comparison }) {
  const { result } = props;
  const before = new Map(result.counts.before.parts.map((p) => [p.key, p]));
  const items: [string, number][] = [
    ['新增', result.added.length],
    ['删除', result.removed.length],
    ['移动', result.moved.length],
    ['修改', result.changed.length],
  ];
  const none = items.every(([, n]) => n === 0);
  return (
    <section className="cmp-summary" aria-label="修改概况">
      <p data-testid="compare-summary">
        {none
          ? `“${result.to.name}”与“${result.from.name}”内容相同，没有修改。`
          : items.map(([label, n]) => (
              <span key={label} className={`cmp-tally${n ? '' : ' zero'}`}>
                {label} {n} 处
              </span>
            ))}
      </p>
      <details>
        <summary>计数：{tallyDelta(result.counts.before.totals, result.counts.after.totals)}</summary>
        <ul className="cmp-counts">
          {result.counts.after.parts.map((p) => (
            <li key={p.key}>
              {p.title}：{tallyDelta(before.get(p.key), p)}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

export function CompareView(props: { onClose(): void; initialFrom?: number; onJump?(nodeId: number): void; planPath?: string }) {
  const [drafts, setDrafts] = useState<DraftInfo[] | null>(null);
  const [from, setFrom] = useState<DraftChoice | null>(null);
  const [to, setTo] = useState<DraftChoice>('current');
  const [result, setResult] = useState<Comparison | null>(null);
  const [mode, setMode] = useState<CompareMode>('side');
  const [onlyChanges, setOnlyChanges] = useState(false);
  const [busy, setBusy] = useState<null | 'compare' | 'export'>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const request = useRef(0);
  // Escape closes the comparison (it covers the window) unless a file is being written
  useEscape(() => busy !== 'export' && props.onClose());
  // 导出修改对照表: where to, then what was written
  const [exporting, setExporting] = useState(false);
  const [outDir, setOutDir] = useState(() => (props.planPath ? folderOf(props.planPath) : ''));
  const [written, setWritten] = useState<string | null>(null);
  const [askReplace, setAskReplace] = useState(false);

  useEffect(() => {
    api.call('drafts.list', {}).then(
      (list) => {
        setDrafts(list);
        setFrom(props.initialFrom !== undefined && list.some((d) => d.id === props.initialFrom) ? `s:${props.initialFrom}` : defaultFrom(list));
      },
      (e: Error) => setMessage({ kind: 'error', text: e.message }),
    );
  }, [props.initialFrom]);

  useEffect(() => {
    if (from === null) return;
    const mine = ++request.current;
    setBusy('compare');
    setMessage(null);
    api.call('drafts.compare', { from: toRef(from), to: toRef(to) }).then(
      (r) => mine === request.current && (setResult(r), setBusy(null)),
      (e: Error) => mine === request.current && (setMessage({ kind: 'error', text: e.message }), setResult(null), setBusy(null)),
    );
  }, [from, to]);

  const rows = useMemo(() => (result ? flattenOutline(result.outline, onlyChanges) : []), [result, onlyChanges]);
  // two identical drafts: there is no 修改对照表 to write (an empty table would be sent for 报审)
  const unchanged = useMemo(() => (result ? flattenOutline(result.outline, true).length === 0 : false), [result]);

  const doExport = async (overwrite = false) => {
    if (from === null) return;
    setBusy('export');
    setMessage(null);
    setWritten(null);
    setAskReplace(false);
    try {
      setWritten((await api.call('drafts.saveComparison', { from: toRef(from), to: toRef(to), outDir, ...(overwrite ? { overwrite } : {}) })).path);
    } catch (e) {
      setAskReplace(e instanceof ApiError && e.code === 'exists');
      setMessage({ kind: 'error', text: (e as Error).message });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="cmp" role="region" aria-label="比较稿件">
      <div className="cmp-toolbar" role="toolbar" aria-label="比较设置">
        <strong className="cmp-heading">比较稿件</strong>
        {drafts && from !== null && (
          <>
            <DraftSelect label="较早稿" value={from} drafts={drafts} onChange={setFrom} />
            <span aria-hidden="true">→</span>
            <DraftSelect label="较新稿" value={to} drafts={drafts} onChange={setTo} />
          </>
        )}
        <div className="cmp-modes" role="radiogroup" aria-label="显示方式">
          {(
            [
              ['side', '并排'],
              ['inline', '行内'],
            ] as const
          ).map(([m, label]) => (
            <button key={m} role="radio" aria-checked={mode === m} className={mode === m ? 'on' : ''} onClick={() => setMode(m)}>
              {label}
            </button>
          ))}
        </div>
        <label className="cmp-only">
          <input type="checkbox" checked={onlyChanges} onChange={(e) => setOnlyChanges(e.target.checked)} />
          只看修改
        </label>
        <span className="spacer" />
        <button
          className="primary"
          disabled={!result || unchanged || busy !== null}
          title={unchanged ? '两份稿件之间没有修改，没有可导出的对照内容。请选择另一份较早稿。' : undefined}
          aria-expanded={exporting}
          onClick={() => (setExporting((v) => !v), setWritten(null))}
        >
          导出修改对照表…
        </button>
        <button onClick={props.onClose}>关闭</button>
      </div>
      {exporting && (
        <div className="cmp-export" role="group" aria-label="导出修改对照表">
          <FolderField
            label="保存到文件夹"
            title="选择保存修改对照表的文件夹"
            value={outDir}
            onChange={setOutDir}
            onError={(e) => setMessage({ kind: 'error', text: (e as Error).message })}
          />
          <button className="primary" disabled={!result || unchanged || busy !== null || !outDir.trim()} onClick={() => void doExport()}>
            {busy === 'export' ? '正在导出…' : '导出'}
          </button>
          {askReplace && (
            <button type="button" onClick={() => void doExport(true)}>
              替换原文件
            </button>
          )}
          {written && <WrittenFiles title="已导出修改对照表。" paths={[written]} />}
        </div>
      )}
      {message && (
        <div className={`cmp-message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </div>
      )}
      {drafts && drafts.length === 0 && <p className="cmp-empty">还没有保存过稿件。请先在“稿件”中保存一份（如“征求意见稿”），修改之后再来比较。</p>}
      {busy === 'compare' && !result && <p className="cmp-empty">正在比较…</p>}
      {result && (
        <>
          <Summary result={result} />
          <div className="cmp-body">
            <CompareOutline outline={result.outline} onlyChanges={onlyChanges} />
            <div className={`cmp-rows mode-${mode}`} aria-busy={busy === 'compare'}>
              {mode === 'side' && (
                <div className="cmp-row cmp-head" aria-hidden="true">
                  <div />
                  <div>较早稿：{result.from.name}</div>
                  <div>较新稿：{result.to.name}</div>
                </div>
              )}
              {rows.length === 0 && <p className="cmp-empty">两份稿件之间没有修改。</p>}
              {rows.map((r) => (
                <ChangeRow key={r.node.key} row={r} mode={mode} onJump={props.onJump} />
              ))}
            </div>
          </div>
        </>
      )}
    </div>
  );
}
