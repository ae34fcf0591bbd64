// Sending a new round (units, dates, the folder for the package) and saving the 意见采纳情况表.
// Folders are chosen with a folder dialog (the system's in the desktop app, ours in the browser).
import { useMemo, useState } from 'react';
import type { SentRoundView } from '../../../core/api/contract.ts';
import { todayIso } from '../../../core/model/consultation.ts';
import { UNIT_KINDS, type Unit } from '../../../core/model/plan.ts';
import { api, ApiError } from '../api/bridge.ts';
import { DateField } from '../shell/controls/DateField.tsx';
import { FolderField } from '../shell/controls/FolderField.tsx';
import { revealOnMount } from '../shell/controls/reveal.ts';

/** A refusal because files of that name are already in the folder: the drafter may replace them. */
const isExists = (e: unknown) => e instanceof ApiError && e.code === 'exists';

export function SendRoundForm(props: { units: Unit[]; defaultFolder: string; onDone(r: SentRoundView): void; onCancel(): void; onError(e: unknown): void }) {
  const [name, setName] = useState('');
  const [sentDate, setSentDate] = useState(todayIso());
  const [dueDate, setDueDate] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [outDir, setOutDir] = useState(props.defaultFolder);
  const [filter, setFilter] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [askOverwrite, setAskOverwrite] = useState(false);
  const shown = useMemo(() => props.units.filter((u) => u.name.includes(filter.trim())), [props.units, filter]);
  const toggle = (names: string[], on: boolean) =>
    setChosen((s) => {
      const next = new Set(s);
      for (const n of names) on ? next.add(n) : next.delete(n);
      return next;
    });
  const submit = async (overwrite = false) => {
    setBusy(true);
    setError(null);
    setAskOverwrite(false);
    try {
      props.onDone(
        await api.call('consult.sendRound', {
          name,
          sentDate: sentDate || undefined,
          dueDate: dueDate || undefined,
          units: [...chosen],
          outDir,
          ...(overwrite ? { overwrite } : {}),
        }),
      );
    } catch (e) {
      // shown beside 发出, where the drafter acted
      setError((e as Error).message);
      setAskOverwrite(isExists(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="cs-box" aria-label="发出征求意见" onSubmit={(e) => (e.preventDefault(), void submit())} noValidate>
      <h3>发出新一轮征求意见</h3>
      <label>
        <span>轮次名称</span>
        <input value={name} placeholder="如：第一轮" onChange={(e) => setName(e.target.value)} />
      </label>
      <div className="cs-row2">
        <DateField label="发出日期" value={sentDate} onChange={setSentDate} />
        <DateField label="反馈截止" value={dueDate} onChange={setDueDate} />
      </div>
      <div>
        <div className="cs-bar">
          <span className="hint">征求意见的单位（已选 {chosen.size} 个）</span>
          {UNIT_KINDS.filter((k) => k !== '其他').map((k) => (
            <button
              key={k}
              type="button"
              onClick={() =>
                toggle(
                  props.units.filter((u) => u.kind === k).map((u) => u.name),
                  true,
                )
              }
            >
              全选{k}
            </button>
          ))}
          <button type="button" onClick={() => setChosen(new Set())}>
            清空
          </button>
        </div>
        <input value={filter} placeholder="筛选单位" aria-label="筛选单位" onChange={(e) => setFilter(e.target.value)} />
        <div className="cs-units" role="group" aria-label="征求意见的单位">
          {shown.map((u) => (
            <label key={u.id}>
              <input type="checkbox" checked={chosen.has(u.name)} onChange={(e) => toggle([u.name], e.target.checked)} />
              {u.name}
            </label>
          ))}
        </div>
      </div>
      <FolderField label="材料保存到文件夹" title="选择保存征求意见材料的文件夹" value={outDir} onChange={setOutDir} onError={(e) => setError((e as Error).message)} />
      <p className="hint">将保存征求意见稿（稿件），并在该文件夹中生成征求意见稿和每个单位的意见反馈表（.docx、.xlsx）。</p>
      {error && (
        <div className="cs-error" role="alert" ref={revealOnMount}>
          {error}
          {askOverwrite && (
            <div className="cs-actions">
              <button type="button" onClick={() => void submit(true)}>
                替换这些文件并发出
              </button>
            </div>
          )}
        </div>
      )}
      <div className="cs-actions">
        <button type="button" onClick={props.onCancel}>
          取消
        </button>
        <button className="primary" type="submit" disabled={busy || !name.trim() || chosen.size === 0 || !outDir.trim()}>
          发出
        </button>
      </div>
    </form>
  );
}

export function AdoptionExportForm(props: { roundId: number | null; defaultFolder: string; onDone(path: string): void; onCancel(): void; onError(e: unknown): void }) {
  const [folder, setFolder] = useState(props.defaultFolder);
  const [name, setName] = useState('意见采纳情况表.docx');
  const [error, setError] = useState<string | null>(null);
  const [askOverwrite, setAskOverwrite] = useState(false);
  const save = (overwrite = false) => {
    setError(null);
    setAskOverwrite(false);
    const file = name.trim().toLowerCase().endsWith('.docx') ? name.trim() : `${name.trim()}.docx`;
    const path = `${folder.replace(/[\\/]+$/, '')}${folder.includes('\\') && !folder.includes('/') ? '\\' : '/'}${file}`;
    api.call('consult.exportAdoptionTable', { path, roundId: props.roundId ?? undefined, ...(overwrite ? { overwrite } : {}) }).then(
      (r) => props.onDone(r.path),
      (e: unknown) => {
        setError((e as Error).message);
        setAskOverwrite(isExists(e));
      },
    );
  };
  return (
    <form
      className="cs-box"
      aria-label="导出意见采纳情况表"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h3>导出意见采纳情况表</h3>
      <FolderField label="保存到文件夹" title="选择保存意见采纳情况表的文件夹" value={folder} onChange={setFolder} onError={(e) => setError((e as Error).message)} />
      <label>
        <span>文件名</span>
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      {error && (
        <div className="cs-error" role="alert" ref={revealOnMount}>
          {error}
          {askOverwrite && (
            <div className="cs-actions">
              <button type="button" onClick={() => save(true)}>
                替换原文件
              </button>
            </div>
          )}
        </div>
      )}
      <div className="cs-actions">
        <button type="button" onClick={props.onCancel}>
          取消
        </button>
        <button className="primary" type="submit" disabled={!folder.trim() || !name.trim()}>
          导出
        </button>
      </div>
    </form>
  );
}
