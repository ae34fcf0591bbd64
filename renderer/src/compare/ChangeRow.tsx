// One node of the comparison: side by side (较早稿 | 较新稿) or inline (one text, Word-style marks),
// with what changed beyond the text — a move, units, deadline — and the comments behind it.
import type { CompareNode, FieldChange, LinkedComment } from '../../../core/model/comparison.ts';
import { FIELD_LABEL } from '../../../core/model/comparison.ts';
import { commentSource, moveNote } from '../../../core/model/describe-comparison.ts';
import { KIND_LABEL } from '../../../core/model/plan.ts';
import { STATUS_LABEL } from '../../../core/model/consult-labels.ts';
import { MarkedText } from './MarkedText.tsx';
import { rowId, type CompareRow } from './outline-rows.ts';

export type CompareMode = 'side' | 'inline';

const STATE_LABEL: Record<CompareNode['presence'], string> = {
  both: '',
  added: '新增',
  removed: '删除',
  movedAway: '已移走',
};

const value = (v: string | string[]) => (Array.isArray(v) ? v.join('、') : v) || '（无）';

function FieldLine(props: { f: FieldChange; show: 'before' | 'after' | 'both' }) {
  const { f, show } = props;
  const inline = f.inline ? <MarkedText ops={f.inline} show={show} /> : null;
  return (
    <div className="cmp-field">
      <span className="cmp-field-name">{FIELD_LABEL[f.field]}：</span>
      {inline ?? (
        <>
          {show !== 'after' && <del className="cmp-del">{value(f.before)}</del>}
          {show === 'both' && ' → '}
          {show !== 'before' && <ins className="cmp-ins">{value(f.after)}</ins>}
        </>
      )}
    </div>
  );
}

function Comments(props: { comments: LinkedComment[] | undefined }) {
  if (!props.comments || props.comments.length === 0) return null;
  return (
    <div className="cmp-comments" aria-label="相关意见">
      <span className="cmp-source">意见来源：{commentSource(props.comments)}</span>
      <ul>
        {props.comments.map((c) => (
          <li key={c.id}>
            {/* a tracked change has no text of its own: it is the change shown beside */}
            {c.text ? `${c.unit}：${c.text}` : `${c.unit}的修订`}
            <span className={`cmp-comment-status c-${c.status}`}>{STATUS_LABEL[c.status]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The text as it reads in one draft (or both, for the inline view). */
function NodeText(props: { n: CompareNode; show: 'before' | 'after' | 'both' }) {
  const { n, show } = props;
  if (n.presence === 'added') return show === 'before' ? null : <ins className="cmp-ins">{n.after}</ins>;
  if (n.presence === 'removed') return show === 'after' ? null : <del className="cmp-del">{n.before}</del>;
  if (n.presence === 'movedAway') return show === 'after' ? null : <span className="cmp-moved-away">{n.before}</span>;
  if (n.inline) return <MarkedText ops={n.inline} show={show} />;
  return <>{show === 'before' ? n.before : n.after}</>;
}

function NodeNumber(props: { n: CompareNode; show: 'before' | 'after' }) {
  const number = props.show === 'before' ? props.n.numberBefore : props.n.numberAfter;
  return number ? <span className="cmp-num">{number}</span> : null;
}

export function ChangeRow(props: { row: CompareRow; mode: CompareMode; onJump?(id: number): void }) {
  const { node: n, depth } = props.row;
  const state = n.move && n.presence === 'both' ? '移动' : STATE_LABEL[n.presence] || (n.inline || n.fields ? '修改' : '');
  const moveText = n.move
    ? n.presence === 'movedAway'
      ? `${moveNote(n.move.from, n.move.to)}（见新位置）`
      : `从“${n.move.from.slice(0, -1).join(' › ')}”移至“${n.move.to.slice(0, -1).join(' › ')}”`
    : null;
  const fields = n.fields ?? [];
  const canJump = props.onJump && n.id !== null && n.presence !== 'removed' && n.presence !== 'movedAway';
  return (
    <div
      id={rowId(n.key)}
      className={`cmp-row kind-${n.kind} depth-${depth} presence-${n.presence}${state ? ' changed' : ''}`}
      data-testid="compare-row"
      data-state={state || '未变'}
      aria-label={`${KIND_LABEL[n.kind]}${state ? `（${state}）` : ''}`}
    >
      <div className="cmp-state">{state && <span className={`cmp-badge badge-${n.presence}${n.move ? ' badge-move' : ''}`}>{state}</span>}</div>
      {props.mode === 'side' ? (
        <>
          <div className="cmp-cell cmp-before">
            <NodeNumber n={n} show="before" />
            <NodeText n={n} show="before" />
            {fields.map((f) => (
              <FieldLine key={f.field} f={f} show="before" />
            ))}
          </div>
          <div className="cmp-cell cmp-after">
            <NodeNumber n={n} show="after" />
            <NodeText n={n} show="after" />
            {fields.map((f) => (
              <FieldLine key={f.field} f={f} show="after" />
            ))}
          </div>
        </>
      ) : (
        <div className="cmp-cell cmp-inline">
          <NodeNumber n={n} show={n.numberAfter ? 'after' : 'before'} />
          <NodeText n={n} show="both" />
          {fields.map((f) => (
            <FieldLine key={f.field} f={f} show="both" />
          ))}
        </div>
      )}
      {(moveText || (n.comments?.length ?? 0) > 0 || (canJump && state)) && (
        <div className="cmp-notes">
          {moveText && (
            <div className="cmp-move" data-testid="move-note">
              {moveText}
            </div>
          )}
          <Comments comments={n.comments} />
          {canJump && state && (
            <button className="link" onClick={() => props.onJump!(n.id!)}>
              在计划中查看
            </button>
          )}
        </div>
      )}
    </div>
  );
}
