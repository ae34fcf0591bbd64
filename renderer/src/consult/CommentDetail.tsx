// One comment: what the unit said and where, the drafter's decision (采纳 / 部分采纳 / 不采纳 with
// a reply), one-click acceptance of a tracked change, and linking an unanchored item by hand.
import { useEffect, useRef, useState } from 'react';
import { revealOnMount } from '../shell/controls/reveal.ts';
import type { CommentView } from '../../../core/api/contract.ts';
import { KIND_LABEL, STATUS_LABEL, type CommentStatus } from '../../../core/model/consultation.ts';
import { api } from '../api/bridge.ts';
import { NodePicker } from './NodePicker.tsx';
import { useCommentAction } from './use-comment-action.ts';
import { shortDate } from './labels.ts';

const DECISIONS: CommentStatus[] = ['adopted', 'partlyAdopted', 'rejected'];

function ChangeText({ c }: { c: CommentView }) {
  if (!c.context) return <>{c.quote}</>;
  return (
    <>
      {c.context.before}
      {c.kind === 'insertion' ? <ins>{c.text}</ins> : <del>{c.quote}</del>}
      {c.context.after}
    </>
  );
}

export function CommentDetail(props: {
  comment: CommentView;
  onChanged(c: CommentView, planChanged: boolean): void;
  /** A typed comment was deleted (only those can be: a unit's file stays whole). */
  onDeleted(id: number): void;
  onJump(nodeId: number): void;
  onError(e: unknown): void;
}) {
  const c = props.comment;
  const [status, setStatus] = useState<CommentStatus>(c.status);
  const [reply, setReply] = useState(c.reply);
  const [linking, setLinking] = useState(false);
  // a failed action says so here, beside the buttons, not at the top of the panel
  const { busy, error, setError, run } = useCommentAction(props.onChanged);
  useEffect(() => {
    setStatus(c.status);
    setReply(c.reply);
    setLinking(false);
    setError(null);
  }, [c.id, c.status, c.reply, setError]);

  // opened from the list above it: the detail comes on screen (the panel scrolls to it), each time another is chosen
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.scrollIntoView({ block: 'nearest' }), [c.id]);

  const isChange = c.kind === 'insertion' || c.kind === 'deletion';
  const target = c.target;

  return (
    <section className="cs-box cs-detail" aria-label="意见详情" ref={box}>
      <h3>
        {KIND_LABEL[c.kind]} · {c.unit}
        {c.author ? `（${c.author}）` : ''} · <span data-testid="comment-status">{STATUS_LABEL[c.status]}</span>
      </h3>
      <dl>
        <dt>涉及节点</dt>
        <dd>
          {target ? (
            <>
              <span title={target.path.join(' › ')}>{target.path.map((t) => (t.length > 30 ? `${t.slice(0, 30)}…` : t)).join(' › ')}</span>{' '}
              <button type="button" onClick={() => props.onJump(target.nodeId)}>
                定位
              </button>
            </>
          ) : (
            <span className="cs-unlinked">未关联（{c.section || '文件中找不到对应的原文'}）</span>
          )}
        </dd>
        {c.section && (
          <>
            <dt>章节/条款</dt>
            <dd>{c.section}</dd>
          </>
        )}
        {(c.quote || c.context) && (
          <>
            <dt>{isChange ? '修订' : '原文'}</dt>
            <dd data-testid="comment-quote">{isChange ? <ChangeText c={c} /> : c.quote}</dd>
          </>
        )}
        {!isChange && (
          <>
            <dt>意见</dt>
            <dd>{c.text || '（未填写）'}</dd>
          </>
        )}
        {c.reason && (
          <>
            <dt>理由依据</dt>
            <dd>{c.reason}</dd>
          </>
        )}
        {c.edit && (
          <>
            <dt>修改后</dt>
            <dd data-testid="edit-after">{c.edit.after}</dd>
          </>
        )}
        <dt>来源</dt>
        <dd>
          {c.fileName ?? '手工录入'}
          {c.date ? ` · ${shortDate(c.date)}` : ''}
        </dd>
      </dl>

      {isChange && !c.edit && (
        <div className="cs-actions">
          <button
            className="primary"
            disabled={busy || !target}
            title={target ? '' : '请先关联到它修改的节点'}
            onClick={() => void run(() => api.call('consult.acceptChange', { id: c.id, reply }), true)}
          >
            接受修订
          </button>
        </div>
      )}

      <fieldset className="cs-choice" disabled={busy}>
        <legend className="hint">处理情况</legend>
        {DECISIONS.map((s) => (
          <label key={s}>
            <input type="radio" name={`status-${c.id}`} checked={status === s} onChange={() => setStatus(s)} />
            {STATUS_LABEL[s]}
          </label>
        ))}
      </fieldset>
      <label>
        <span>理由或修改情况</span>
        <textarea value={reply} placeholder={status === 'rejected' ? '不采纳须写明理由' : '如：已修改为……'} onChange={(e) => setReply(e.target.value)} />
      </label>
      <div className="cs-actions">
        {c.kind === 'typed' && (
          <button
            type="button"
            className="danger"
            disabled={busy}
            onClick={() => void api.call('consult.deleteComment', { id: c.id }).then(() => props.onDeleted(c.id), props.onError)}
          >
            删除
          </button>
        )}
        <button type="button" onClick={() => setLinking((v) => !v)}>
          {target ? '改关联节点…' : '关联节点…'}
        </button>
        <button
          className="primary"
          disabled={busy || status === 'pending' || (status === c.status && reply === c.reply)}
          onClick={() => void run(() => api.call('consult.resolve', { id: c.id, status, reply }))}
        >
          保存处理意见
        </button>
      </div>
      {error && (
        <p className="cs-error" role="alert" ref={revealOnMount}>
          {error}
        </p>
      )}
      {linking && <NodePicker label="关联到" onPick={(nodeId) => void run(() => api.call('consult.link', { id: c.id, nodeId }))} />}
    </section>
  );
}
