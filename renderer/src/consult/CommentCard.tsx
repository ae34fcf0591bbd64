// One comment in the review view's margin: who said what, and — once clicked — the decision
// right there (采纳 / 部分采纳 / 不采纳 with the reason, 接受修订, relinking). Errors show inside
// the card, where the drafter acted.
import { useEffect, useState } from 'react';
import type { CommentView } from '../../../core/api/contract.ts';
import { KIND_LABEL, STATUS_LABEL, type CommentStatus } from '../../../core/model/consultation.ts';
import { api } from '../api/bridge.ts';
import { NodePicker } from './NodePicker.tsx';
import { useCommentAction } from './use-comment-action.ts';
import { revealOnMount } from '../shell/controls/reveal.ts';

const DECISIONS: CommentStatus[] = ['adopted', 'partlyAdopted', 'rejected'];

function ChangeLine({ c }: { c: CommentView }) {
  if (c.kind === 'insertion')
    return (
      <>
        插入 <ins>{c.text}</ins>
      </>
    );
  return (
    <>
      删除 <del>{c.quote}</del>
    </>
  );
}

export function CommentCard(props: {
  comment: CommentView;
  selected: boolean;
  onSelect(): void;
  /** a decision was saved; planChanged: the plan text changed too (接受修订) */
  onChanged(c: CommentView, planChanged: boolean): void;
  /** the changes the drafter linked to this comment (此修改回应该意见), cited by the 修改对照表 */
  linkedTo?: string[];
}) {
  const c = props.comment;
  const [reply, setReply] = useState(c.reply);
  const { busy, error, setError, run } = useCommentAction(props.onChanged);
  const [linking, setLinking] = useState(false);
  useEffect(() => {
    setReply(c.reply);
    setError(null);
  }, [c.id, c.reply, c.status, setError]);
  useEffect(() => {
    if (!props.selected) setLinking(false);
  }, [props.selected]);

  const isChange = c.kind === 'insertion' || c.kind === 'deletion';
  const decide = (status: CommentStatus) => {
    if (status === 'rejected' && !reply.trim()) {
      setError('不采纳须写明理由：请在上方的“理由或修改情况”中填写，再点“不采纳”。');
      return;
    }
    void run(() => api.call('consult.resolve', { id: c.id, status, reply }));
  };

  return (
    <article
      className={`rv-card status-${c.status}${props.selected ? ' selected' : ''}`}
      aria-label={`${c.unit}的意见`}
      aria-current={props.selected}
      data-testid="review-comment"
      data-comment-id={c.id}
      onClick={(e) => {
        // clicks on the card's own controls do their own thing
        if (!(e.target as HTMLElement).closest('button, textarea, input, label, a')) props.onSelect();
      }}
    >
      <header>
        <span className={`cs-status c-${c.status}`} data-testid="review-status">
          {STATUS_LABEL[c.status]}
        </span>
        <strong>{c.unit}</strong>
        <span className="rv-kind">{KIND_LABEL[c.kind]}</span>
      </header>
      <button type="button" className="rv-say" onClick={props.onSelect} aria-expanded={props.selected}>
        {isChange ? <ChangeLine c={c} /> : c.text || (c.quote ? `（未写意见）原文：${c.quote}` : '（空）')}
      </button>
      {c.reason && <p className="rv-reason">理由：{c.reason}</p>}
      {props.linkedTo && props.linkedTo.length > 0 && (
        <p className="rv-reason" data-testid="review-linked">
          已据此修改：{props.linkedTo.join('；')}（修改对照表注明此意见）
        </p>
      )}
      {!props.selected && c.reply && <p className="rv-reply">答复：{c.reply}</p>}
      {props.selected && (
        <div className="rv-act">
          {!isChange && c.quote && <p className="rv-quote">原文：{c.quote}</p>}
          {c.edit && <p className="rv-quote">已改为：{c.edit.after}</p>}
          {isChange && !c.edit && (
            <button
              type="button"
              className="primary"
              disabled={busy || !c.target}
              title={c.target ? '' : '请先关联到它修改的节点'}
              onClick={() => void run(() => api.call('consult.acceptChange', { id: c.id, reply }), true)}
            >
              接受修订
            </button>
          )}
          <label className="rv-reply-box">
            <span>理由或修改情况</span>
            <textarea value={reply} disabled={busy} placeholder="不采纳须写明理由；采纳可写“已修改为……”" onChange={(e) => setReply(e.target.value)} />
          </label>
          <div className="rv-decide" role="group" aria-label="处理">
            {DECISIONS.map((s) => (
              <button key={s} type="button" disabled={busy} aria-pressed={c.status === s} className={c.status === s ? 'on' : ''} onClick={() => decide(s)}>
                {STATUS_LABEL[s]}
              </button>
            ))}
          </div>
          <div className="rv-more">
            <button type="button" className="link" onClick={() => setLinking((v) => !v)}>
              {c.target ? '改关联节点…' : '关联节点…'}
            </button>
            <span className="hint">{c.fileName ?? '手工录入'}</span>
          </div>
          {linking && <NodePicker label="关联到" onPick={(nodeId) => void run(() => api.call('consult.link', { id: c.id, nodeId }))} />}
          {error && (
            <p className="rv-error" role="alert" ref={revealOnMount}>
              {error}
            </p>
          )}
        </div>
      )}
    </article>
  );
}
