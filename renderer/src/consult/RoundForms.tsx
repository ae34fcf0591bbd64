// Sending a new round (units, dates, the folder for the package) and saving the 意见采纳情况表.
// Folders and files are typed as paths, like the window's other file dialogs.
import { useMemo, useState } from 'react';
import type { SentRoundView } from '../../../core/api/contract.ts';
import { todayIso } from '../../../core/consult/model.ts';
import { UNIT_KINDS, type Unit } from '../../../core/model/plan.ts';
import { api } from '../api/bridge.ts';

export function SendRoundForm(props: { units: Unit[]; onDone(r: SentRoundView): void; onCancel(): void; onError(e: unknown): void }) {
  const [name, setName] = useState('');
  const [sentDate, setSentDate] = useState(todayIso());
  const [dueDate, setDueDate] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [outDir, setOutDir] = useState('');
  const [filter, setFilter] = useState('');
  const [busy, setBusy] = useState(false);
  const shown = useMemo(() => props.units.filter((u) => u.name.includes(filter.trim())), [props.units, filter]);
  const toggle = (names: string[], on: boolean) =>
    setChosen((s) => {
      const next = new Set(s);
      for (const n of names) (on ? next.add(n) : next.delete(n));
      return next;
    });
  const submit = async () => {
    setBusy(true);
    try {
      props.onDone(await api.call('consult.sendRound', { name, sentDate, dueDate: dueDate || undefined, units: [...chosen], outDir }));
    } catch (e) {
      props.onError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="cs-box" aria-label="发出征求意见" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <h3>发出新一轮征求意见</h3>
      <label>
        <span>轮次名称</span>
        <input value={name} placeholder="如：第一轮" onChange={(e) => setName(e.target.value)} />
      </label>
      <div className="cs-row2">
        <label>
          <span>发出日期</span>
          <input type="date" value={sentDate} onChange={(e) => setSentDate(e.target.value)} />
        </label>
        <label>
          <span>反馈截止</span>
          <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        </label>
      </div>
      <div>
        <div className="cs-bar">
          <span className="hint">征求意见的单位（已选 {chosen.size} 个）</span>
          {UNIT_KINDS.filter((k) => k !== '其他').map((k) => (
            <button key={k} type="button" onClick={() => toggle(props.units.filter((u) => u.kind === k).map((u) => u.name), true)}>
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
      <label>
        <span>材料保存到文件夹</span>
        <input value={outDir} placeholder="如：D:\征求意见\第一轮" onChange={(e) => setOutDir(e.target.value)} />
      </label>
      <p className="hint">将保存征求意见稿（稿件），并在该文件夹中生成征求意见稿和每个单位的意见反馈表（.docx、.xlsx）。</p>
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

export function AdoptionExportForm(props: { roundId: number | null; onDone(path: string): void; onCancel(): void; onError(e: unknown): void }) {
  const [path, setPath] = useState('');
  return (
    <form
      className="cs-box"
      aria-label="导出意见采纳情况表"
      onSubmit={(e) => {
        e.preventDefault();
        api.call('consult.exportAdoptionTable', { path, roundId: props.roundId ?? undefined }).then((r) => props.onDone(r.path), props.onError);
      }}
    >
      <h3>导出意见采纳情况表</h3>
      <label>
        <span>保存为（.docx）</span>
        <input value={path} placeholder="如：D:\征求意见\意见采纳情况表.docx" onChange={(e) => setPath(e.target.value)} />
      </label>
      <div className="cs-actions">
        <button type="button" onClick={props.onCancel}>
          取消
        </button>
        <button className="primary" type="submit" disabled={!path.trim()}>
          导出
        </button>
      </div>
    </form>
  );
}
