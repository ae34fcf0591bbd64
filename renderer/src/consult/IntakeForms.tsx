// Comments that come in by hand: an opinion typed from a letter or a call (录入意见), or a
// unit's 无意见. Returned files come in through IntakeDialog.
import { useState } from 'react';
import type { Unit } from '../../../core/model/plan.ts';
import { api } from '../api/bridge.ts';
import { NodePicker } from './NodePicker.tsx';

function UnitSelect(props: { units: Unit[]; value: string; onChange(v: string): void }) {
  return (
    <label>
      <span>反馈单位</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">请选择单位</option>
        {props.units.map((u) => (
          <option key={u.id} value={u.name}>
            {u.name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function TypedCommentForm(props: { roundId: number | null; units: Unit[]; onDone(message: string): void; onCancel(): void; onError(e: unknown): void }) {
  const [unit, setUnit] = useState('');
  const [noObjection, setNoObjection] = useState(false);
  const [section, setSection] = useState('');
  const [quote, setQuote] = useState('');
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [node, setNode] = useState<{ id: number; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const roundId = props.roundId ?? undefined;
  const submit = async () => {
    setBusy(true);
    try {
      if (noObjection) {
        await api.call('consult.noObjection', { unit, noObjection: true, roundId });
        props.onDone(`已记录：${unit}无意见。`);
      } else {
        await api.call('consult.addComment', { unit, roundId, nodeId: node?.id ?? null, section, quote, text, reason });
        props.onDone(`已录入${unit}的意见。`);
      }
    } catch (e) {
      props.onError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="cs-box" aria-label="录入意见" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <h3>录入意见</h3>
      <UnitSelect units={props.units} value={unit} onChange={setUnit} />
      <label className="check">
        <input type="checkbox" checked={noObjection} onChange={(e) => setNoObjection(e.target.checked)} />
        该单位无意见
      </label>
      {!noObjection && (
        <>
          <label>
            <span>章节/条款</span>
            <input value={section} placeholder="如：（三）2." onChange={(e) => setSection(e.target.value)} />
          </label>
          <label>
            <span>原文</span>
            <textarea value={quote} onChange={(e) => setQuote(e.target.value)} />
          </label>
          <label>
            <span>修改意见</span>
            <textarea value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <label>
            <span>理由依据</span>
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          {node ? (
            <p>
              关联：{node.text.slice(0, 40)}{' '}
              <button type="button" onClick={() => setNode(null)}>
                取消关联
              </button>
            </p>
          ) : (
            <NodePicker label="关联到计划节点（可选）" onPick={(id, t) => setNode({ id, text: t })} />
          )}
        </>
      )}
      <div className="cs-actions">
        <button type="button" onClick={props.onCancel}>
          取消
        </button>
        <button className="primary" type="submit" disabled={busy || !unit || (!noObjection && text.trim() === '')}>
          保存
        </button>
      </div>
    </form>
  );
}
