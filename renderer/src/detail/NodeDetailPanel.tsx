// What is known about the selected node. Measures' units and deadline are edited here and
// saved when the field is left (each save is one transaction in the plan file).
import { useEffect, useState } from 'react';
import type { NodeDetail } from '../../../core/api/contract.ts';
import { KIND_LABEL } from '../../../core/model/plan.ts';
import { api } from '../api/bridge.ts';

const splitUnits = (s: string) =>
  s
    .split(/[、，,；;]/)
    .map((x) => x.trim())
    .filter(Boolean);

function UnitsField(props: { label: string; value: string[]; onSave(v: string[]): void }) {
  const [text, setText] = useState(props.value.join('、'));
  useEffect(() => setText(props.value.join('、')), [props.value.join('、')]);
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        value={text}
        placeholder="多个单位用顿号分隔"
        onChange={(e) => setText(e.target.value)}
        onBlur={() => {
          const next = splitUnits(text);
          if (next.join('、') !== props.value.join('、')) props.onSave(next);
        }}
      />
    </label>
  );
}

export function NodeDetailPanel(props: { id: number | null; version: number; onError(e: unknown): void; onSaved(): void }) {
  const [detail, setDetail] = useState<NodeDetail | null>(null);
  useEffect(() => {
    if (props.id === null) return setDetail(null);
    api.call('node.get', { id: props.id }).then(setDetail, () => setDetail(null));
  }, [props.id, props.version]);

  if (!detail) return <section className="detail empty">选择左侧大纲中的节点以查看详情。</section>;
  const save = (fields: { leadUnits?: string[]; supportUnits?: string[]; deadline?: string }) =>
    api.call('measure.update', { id: detail.id, ...fields }).then(props.onSaved, props.onError);

  return (
    <section className="detail" aria-label="节点详情">
      <div className="detail-kind">{KIND_LABEL[detail.kind]}</div>
      <h2 className="detail-title">{detail.title}</h2>
      {detail.kind === 'part' && (
        <>
          <h3>主要目标</h3>
          <p className="prose">{detail.goals || '（未填写）'}</p>
          <h3>主要内容</h3>
          <p className="prose">{detail.content || '（未填写）'}</p>
        </>
      )}
      {detail.kind === 'measure' && (
        <div className="fields">
          <UnitsField label="牵头单位" value={detail.leadUnits ?? []} onSave={(v) => save({ leadUnits: v })} />
          <UnitsField label="配合单位" value={detail.supportUnits ?? []} onSave={(v) => save({ supportUnits: v })} />
          <DeadlineField value={detail.deadline ?? ''} onSave={(v) => save({ deadline: v })} />
        </div>
      )}
    </section>
  );
}

function DeadlineField(props: { value: string; onSave(v: string): void }) {
  const [text, setText] = useState(props.value);
  useEffect(() => setText(props.value), [props.value]);
  return (
    <label className="field">
      <span>完成时限</span>
      <input value={text} placeholder="如：2024年底前" onChange={(e) => setText(e.target.value)} onBlur={() => text.trim() !== props.value && props.onSave(text.trim())} />
    </label>
  );
}
