// In a plan made by 新建下一年度计划: last year's plan, its actuals (correctable: the background
// sentence of the 起草说明 follows), how many nodes came from it and how many were carried over.
import { useEffect, useState } from 'react';
import type { PriorYearView } from '../../../core/api/contract.ts';
import { api } from '../api/bridge.ts';
import { statusName } from './year-data.ts';

function ActualInput(props: { indicatorId: number; name: string; unit: string; value: number | null; onSaved(v: PriorYearView): void; onError(e: unknown): void }) {
  const [text, setText] = useState(props.value === null ? '' : String(props.value));
  useEffect(() => setText(props.value === null ? '' : String(props.value)), [props.value]);
  const save = () => {
    const t = text.trim();
    const value = t === '' ? null : Number(t);
    if (value !== null && !Number.isFinite(value)) return props.onError(new Error(`“${props.name}”须填数字。`));
    if (value === props.value) return;
    api.call('year.setPriorActual', { indicatorId: props.indicatorId, value }).then(props.onSaved, props.onError);
  };
  return (
    <input
      className="num-input"
      inputMode="decimal"
      aria-label={`上年${props.name}（${props.unit}）`}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => e.key === 'Enter' && save()}
    />
  );
}

export function PriorYear(props: { version: number; titleOf(nodeId: number): string; onJump(nodeId: number): void; onChanged(): void }) {
  const [prior, setPrior] = useState<PriorYearView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.call('year.prior', {}).then(setPrior, () => setPrior(null));
  }, [props.version]);
  if (!prior) return null;
  const carried = prior.lineage.filter((l) => l.carryOver);
  const saved = (v: PriorYearView) => {
    setPrior(v);
    setError(null);
    props.onChanged();
  };
  return (
    <section className="year-section" aria-label="上年计划">
      <h3>上年计划</h3>
      <p>
        {prior.title}
        {prior.docNumber ? `（${prior.docNumber}）` : ''}
      </p>
      <p className="hint">
        本计划有 {prior.lineage.length} 个节点来自上年计划，其中 {carried.length} 项措施为上年未完成的结转措施。
      </p>
      {prior.actuals.length > 0 && (
        <table className="year-table" aria-label="上年指标实际值">
          <thead>
            <tr>
              <th scope="col">指标</th>
              <th scope="col">上年实际</th>
            </tr>
          </thead>
          <tbody>
            {prior.actuals.map((a) => (
              <tr key={a.indicatorId}>
                <td>{a.name}</td>
                <td>
                  <ActualInput indicatorId={a.indicatorId} name={a.name} unit={a.unit} value={a.value} onSaved={saved} onError={(e) => setError((e as Error).message)} />
                  <span className="hint"> {a.unit}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {error && (
        <p className="year-error" role="alert">
          {error}
        </p>
      )}
      <h4>起草说明背景段（随实际值变化）</h4>
      <blockquote className="year-quote" data-testid="prior-background">
        {prior.background}
      </blockquote>
      {prior.additions && <p className="hint">{prior.additions}</p>}
      {carried.length > 0 && (
        <details>
          <summary>结转措施（{carried.length} 项）</summary>
          <ul className="year-list">
            {carried.map((l) => (
              <li key={l.nodeId}>
                <button type="button" className="link" onClick={() => props.onJump(l.nodeId)}>
                  {props.titleOf(l.nodeId)}
                </button>
                <span className="hint"> 上年状态：{statusName(l.priorStatus)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
