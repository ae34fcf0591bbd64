// 回应的意见: the consultation comments this measure answers (a measure added or rewritten because
// a unit asked). The 修改对照表 cites them beside the change. Shown once there are comments.
import { useEffect, useState } from 'react';
import type { ChangeLinkView } from '../../../core/api/channels/change-links.ts';
import type { CommentView } from '../../../core/model/consultation.ts';
import { api } from '../api/bridge.ts';

const SHOWN = 40;
const short = (s: string) => (s.length > SHOWN ? `${s.slice(0, SHOWN)}…` : s);

/** version: the plan's (ctx.version), so a link made beside the comment in 意见审阅 shows here too */
export function CommentLinks(p: { nodeId: number; version?: number; fail(e: unknown): void }) {
  const [links, setLinks] = useState<ChangeLinkView[]>([]);
  const [comments, setComments] = useState<CommentView[]>([]);
  useEffect(() => {
    let live = true;
    Promise.all([api.call('consult.changeLinks', { nodeId: p.nodeId }), api.call('consult.comments', {})]).then(
      ([l, c]) => {
        if (!live) return;
        setLinks(l);
        setComments(c);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [p.nodeId, p.version]);
  if (comments.length === 0) return null;
  const linked = new Set(links.map((l) => l.commentId));
  const choices = comments.filter((c) => !linked.has(c.id));
  const run = (channel: 'consult.linkChange' | 'consult.unlinkChange', commentId: number) => api.call(channel, { commentId, nodeId: p.nodeId }).then(setLinks, p.fail);
  return (
    <fieldset className="field comment-links" data-testid="comment-links">
      <legend className="field-label">回应的意见</legend>
      {links.length === 0 && <span className="hint">这项措施如是按某条意见新增或修改的，请选择该意见：修改对照表会注明来源。</span>}
      {links.map((l) => (
        <div key={l.commentId} className="comment-link">
          <span>
            {l.unit}：{short(l.summary)}
          </span>
          <button type="button" onClick={() => void run('consult.unlinkChange', l.commentId)} aria-label={`取消关联${l.unit}的意见`}>
            取消关联
          </button>
        </div>
      ))}
      {choices.length > 0 && (
        <select aria-label="选择回应的意见" value="" onChange={(e) => e.target.value && void run('consult.linkChange', Number(e.target.value))}>
          <option value="">关联一条意见…</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.unit}：{short(c.summary)}
            </option>
          ))}
        </select>
      )}
    </fieldset>
  );
}
