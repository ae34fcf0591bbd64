// 意见审阅: the plan as the document reads (parts, aspects, tasks, measures, with numbers) and each
// comment in the margin beside the words it concerns, as in Word's review pane. A click on a
// comment brings its text into view and marks it; the decision is taken on the card itself.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CommentView, OutlineNode, RoundView } from '../../../core/api/contract.ts';
import type { ChangeLinkView } from '../../../core/api/channels/change-links.ts';
import { COMMENT_STATUSES, STATUS_LABEL } from '../../../core/model/consultation.ts';
import { depthNumber } from '../../../core/model/numbering.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { api } from '../api/bridge.ts';
import { findPlanNode } from '../editor/NodeEditor.tsx';
import { MeasureEditor } from '../measure/MeasureEditor.tsx';
import type { ShellContext } from '../shell/context.ts';
import { CommentCard } from './CommentCard.tsx';
import { IntakeDialog } from './IntakeDialog.tsx';
import { fieldHolding, markComment } from './review-text.ts';
import './review-view.css';

type Filter = 'all' | (typeof COMMENT_STATUSES)[number] | 'unlinked';

interface DocRow {
  id: number;
  kind: string;
  depth: number;
  number: string;
  fields: { key: string; label: string | null; text: string }[];
}

/** The outline in reading order with 公文 numbers by depth (a three-level plan's key task is （一）), and a part's 主要目标 / 主要内容 under its title. */
function documentRows(outline: OutlineNode[], plan: Plan | null): DocRow[] {
  const prose = new Map<number, { goals?: string; content?: string }>();
  for (const p of [...(plan?.parts ?? []), ...((plan as { sections?: { id: number; content: string }[] } | null)?.sections ?? [])])
    prose.set(p.id, p as { goals?: string; content?: string });
  const rows: DocRow[] = [];
  const walk = (nodes: OutlineNode[], depth: number) =>
    nodes.forEach((n, i) => {
      const extra = prose.get(n.id);
      const fields: DocRow['fields'] = [{ key: 'title', label: null, text: n.title }];
      if (extra?.goals) fields.push({ key: 'goals', label: '主要目标', text: extra.goals });
      if (extra?.content) fields.push({ key: 'content', label: depth === 0 && n.kind === 'part' ? '主要内容' : null, text: extra.content });
      rows.push({ id: n.id, kind: n.kind, depth, number: depthNumber(depth, i), fields });
      walk(n.children, depth + 1);
    });
  walk(outline, 0);
  return rows;
}

const SHORT = 24;
const short = (s: string) => (s.length > SHORT ? `${s.slice(0, SHORT)}…` : s);

/**
 * 此修改回应该意见: under the in-place editor, one box per comment on the measure. The comment the
 * drafter opened (or the only one) is ticked by default; the link (consult.linkChange, one step)
 * is made at the first change of the measure, so merely opening the editor links nothing. Ticking
 * or unticking after a change links or unlinks at once. The 修改对照表 then cites the comment.
 */
function RespondsTo(p: { node: unknown; nodeId: number; comments: CommentView[]; selectedId: number | null; links: ChangeLinkView[]; onLinks(): void }) {
  const answering = p.comments.find((c) => c.id === p.selectedId) ?? (p.comments.length === 1 ? p.comments[0] : null);
  const [wanted, setWanted] = useState<Set<number>>(() => new Set(answering ? [answering.id] : []));
  const [opened] = useState(() => JSON.stringify(p.node));
  const [error, setError] = useState<string | null>(null);
  const changed = JSON.stringify(p.node) !== opened;
  const linked = useMemo(() => new Set(p.links.filter((l) => l.nodeId === p.nodeId).map((l) => l.commentId)), [p.links, p.nodeId]);
  // comments already sent to consult.linkChange from this editor: each is linked once, not on every render
  const sent = useRef(new Set<number>());
  const { nodeId, onLinks } = p;
  useEffect(() => {
    if (!changed) return;
    const todo = [...wanted].filter((id) => !linked.has(id) && !sent.current.has(id));
    if (todo.length === 0) return;
    for (const id of todo) sent.current.add(id);
    todo
      .reduce((prev, commentId) => prev.then(() => api.call('consult.linkChange', { commentId, nodeId })), Promise.resolve<unknown>(null))
      .then(
        () => setError(null),
        (e: unknown) => setError(`未能关联意见：${(e as Error).message}`),
      )
      .finally(onLinks);
  }, [changed, wanted, linked, nodeId, onLinks]);
  const toggle = (commentId: number, on: boolean) => {
    setWanted((w) => {
      const next = new Set(w);
      if (on) next.add(commentId);
      else next.delete(commentId);
      return next;
    });
    if (!on) sent.current.delete(commentId);
    if (!on && linked.has(commentId))
      api.call('consult.unlinkChange', { commentId, nodeId: p.nodeId }).then(
        () => p.onLinks(),
        (e: unknown) => setError(`未能取消关联：${(e as Error).message}`),
      );
  };
  return (
    <div className="rv-responds" role="group" aria-label="此修改回应的意见">
      {p.comments.map((c) => (
        <label key={c.id} className="check">
          <input type="checkbox" checked={wanted.has(c.id) || linked.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
          此修改回应该意见（{c.unit}：{short(c.summary)}）{linked.has(c.id) ? '：已关联' : wanted.has(c.id) ? '：修改后即关联' : ''}
        </label>
      ))}
      {error && (
        <p className="rv-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * 编辑此条: a measure opens its editor right here, under its text and beside its comments; a
 * part, aspect or key task (whose editor is the whole 计划内容 form) is still opened there.
 */
function EditHere({
  ctx,
  nodeId,
  open,
  onToggle,
  ...links
}: { ctx: ShellContext; nodeId: number; open: boolean; onToggle(open: boolean): void } & Omit<Parameters<typeof RespondsTo>[0], 'node' | 'nodeId'>) {
  const found = ctx.plan ? findPlanNode(ctx.plan, nodeId) : null;
  if (found?.node.kind !== 'measure') {
    return (
      <button type="button" className="link rv-jump" onClick={() => ctx.jumpTo(nodeId)}>
        编辑此条
      </button>
    );
  }
  return (
    <>
      <button type="button" className="link rv-jump" aria-expanded={open} onClick={() => onToggle(!open)}>
        {open ? '完成编辑' : '编辑此条'}
      </button>
      {open && (
        <div className="rv-edit" role="group" aria-label="就地编辑措施">
          <RespondsTo node={found.node} nodeId={nodeId} {...links} />
          <MeasureEditor key={nodeId} ctx={ctx} measure={found.node} part={found.part} />
        </div>
      )}
    </>
  );
}

function matches(c: CommentView, f: Filter) {
  return f === 'all' || (f === 'unlinked' ? c.target === null : c.status === f);
}

export function ReviewView({ ctx }: { ctx: ShellContext }) {
  const [rounds, setRounds] = useState<RoundView[]>([]);
  const [roundId, setRoundId] = useState<number | null>(null);
  const [comments, setComments] = useState<CommentView[]>([]);
  const [filter, setFilter] = useState<Filter>('all');
  const [onlyCommented, setOnlyCommented] = useState(false);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [intake, setIntake] = useState(false);
  // the measure edited in place beside its comments (the view, its scroll and the open card stay)
  const [editingId, setEditingId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  // changes linked to the comment they answer (此修改回应该意见), shown on the cards
  const [links, setLinks] = useState<ChangeLinkView[]>([]);
  const loadLinks = useCallback(() => {
    api.call('consult.changeLinks', {}).then(setLinks, () => undefined);
  }, []);
  const body = useRef<HTMLDivElement>(null);
  // a link is an undo step: the shell re-reads (撤销 offers it), and with the new version the links here and in 回应的意见
  const { refresh } = ctx;
  const relink = useCallback(() => void refresh(), [refresh]);

  const load = useCallback(
    async (pick: number | null) => {
      try {
        const list = await api.call('consult.rounds', {});
        setRounds(list);
        const id = pick !== null && list.some((r) => r.id === pick) ? pick : (list[list.length - 1]?.id ?? null);
        setRoundId(id);
        setComments(id === null ? [] : await api.call('consult.comments', { roundId: id }));
        loadLinks();
        setError(null);
      } catch (e) {
        setError((e as Error).message);
      }
    },
    [loadLinks],
  );
  useEffect(() => {
    void load(roundId);
    // the plan was read again (an accepted change, undo, another panel): read the comments too
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the plan's version, not on roundId: load picks the round itself
  }, [load, ctx.version]);

  const rows = useMemo(() => documentRows(ctx.outline, ctx.plan), [ctx.outline, ctx.plan]);
  const shown = useMemo(() => comments.filter((c) => matches(c, filter)), [comments, filter]);
  const byNode = useMemo(() => {
    const m = new Map<number, CommentView[]>();
    for (const c of shown) if (c.target) m.set(c.target.nodeId, [...(m.get(c.target.nodeId) ?? []), c]);
    return m;
  }, [shown]);
  const unlinked = shown.filter((c) => c.target === null);
  const selected = comments.find((c) => c.id === selectedId) ?? null;
  const visibleRows = useMemo(() => {
    if (!onlyCommented && rows.length <= 3000) return rows;
    // with the comments only: keep each commented node's ancestors as headings
    const keep = new Set<number>();
    const stack: DocRow[] = [];
    for (const r of rows) {
      stack.length = r.depth;
      stack.push(r);
      if (byNode.has(r.id)) for (const a of stack) keep.add(a.id);
    }
    return rows.filter((r) => keep.has(r.id));
  }, [rows, onlyCommented, byNode]);

  // the clicked comment's words come into view, and its card beside them
  const [scrollTo, setScrollTo] = useState(0);
  useLayoutEffect(() => {
    if (!selected || !body.current) return;
    const where = selected.target
      ? body.current.querySelector(
          `[data-node-id="${selected.target.nodeId}"] mark, [data-node-id="${selected.target.nodeId}"] .rv-ins, [data-node-id="${selected.target.nodeId}"]`,
        )
      : null;
    (where ?? body.current.querySelector(`[data-comment-id="${selected.id}"]`))?.scrollIntoView({ block: 'center' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- scrolls only when a comment is clicked (scrollTo), not on every re-render of the list
  }, [scrollTo]);
  const select = (id: number) => {
    setSelectedId(id);
    setScrollTo((n) => n + 1);
  };

  const changed = (c: CommentView, planChanged: boolean) => {
    const before = comments.find((x) => x.id === c.id);
    const moved = before?.target?.nodeId !== c.target?.nodeId;
    setComments((list) => list.map((x) => (x.id === c.id ? c : x)));
    // the outline's 意见 marks and the 有待处理意见 filter follow at once
    void ctx.refresh();
    // relinked: follow the comment to its new place beside the text
    if (planChanged || moved) setScrollTo((n) => n + 1);
  };

  // on a card: the changes linked to it, as "（三）1 加快推进…"
  const linkedTo = (commentId: number) =>
    links
      .filter((l) => l.commentId === commentId)
      .map((l) => {
        const r = rows.find((x) => x.id === l.nodeId);
        return r ? `${r.number} ${short(r.fields[0]?.text ?? '')}` : '（已删除的条目）';
      });
  const counts = (f: Filter) => comments.filter((c) => matches(c, f)).length;
  return (
    <div className="rv" role="region" aria-label="意见审阅">
      <div className="rv-toolbar" role="toolbar" aria-label="审阅设置">
        {rounds.length > 0 && (
          <select aria-label="征求意见轮次" value={roundId ?? ''} onChange={(e) => void load(Number(e.target.value))}>
            {rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        )}
        <div className="rv-filters" role="group" aria-label="按状态筛选">
          {(['all', ...COMMENT_STATUSES, 'unlinked'] as Filter[]).map((f) => (
            <button key={f} type="button" aria-pressed={filter === f} onClick={() => setFilter(f)}>
              {f === 'all' ? '全部' : f === 'unlinked' ? '未关联' : STATUS_LABEL[f]} {counts(f)}
            </button>
          ))}
        </div>
        <label className="check">
          <input type="checkbox" checked={onlyCommented} onChange={(e) => setOnlyCommented(e.target.checked)} />
          只看有意见的条目
        </label>
        <span className="spacer" />
        <button type="button" onClick={() => setIntake(true)}>
          导入反馈文件…
        </button>
      </div>
      {error && (
        <p className="rv-error" role="alert">
          {error}
        </p>
      )}
      <div className="rv-body" ref={body}>
        {rounds.length === 0 && <p className="rv-empty">还没有征求意见轮次。请在右侧“征求意见”中发出一轮，或直接导入单位返回的文件。</p>}
        {unlinked.length > 0 && (
          <section className="rv-unlinked" aria-label="未关联的意见">
            <h3>未关联到计划条目的意见（{unlinked.length} 条）：请点开后用“关联节点…”选择它所说的条目</h3>
            <div className="rv-unlinked-cards">
              {unlinked.map((c) => (
                <CommentCard key={c.id} comment={c} selected={c.id === selectedId} onSelect={() => select(c.id)} onChanged={changed} linkedTo={linkedTo(c.id)} />
              ))}
            </div>
          </section>
        )}
        <div className="rv-doc" aria-label="计划正文">
          <div className="rv-row rv-head" aria-hidden="true">
            <div>计划正文</div>
            <div>意见（{shown.length - unlinked.length} 条）</div>
          </div>
          {visibleRows.map((r) => {
            const here = byNode.get(r.id) ?? [];
            const active = selected?.target?.nodeId === r.id ? selected : null;
            const field = fieldHolding(r.fields, active);
            return (
              <div key={r.id} className={`rv-row kind-${r.kind} depth-${r.depth}${active ? ' rv-hl' : ''}${here.length ? ' has-comments' : ''}`} data-node-id={r.id}>
                <div className="rv-text">
                  {r.fields.map((f) => (
                    <p key={f.key} className={`rv-field field-${f.key}`}>
                      {f.key === 'title' && <span className="rv-num">{r.number}</span>}
                      {f.label && <span className="rv-label">{f.label}：</span>}
                      {markComment(f.text, field === f.key ? active : null).map((piece, i) =>
                        'insert' in piece ? (
                          <ins key={i} className="rv-ins">
                            {piece.insert}
                          </ins>
                        ) : piece.mark ? (
                          <mark key={i} className={piece.mark === 'delete' ? 'rv-del' : ''}>
                            {piece.text}
                          </mark>
                        ) : (
                          <span key={i}>{piece.text}</span>
                        ),
                      )}
                    </p>
                  ))}
                  {here.length > 0 && (
                    <EditHere
                      ctx={ctx}
                      nodeId={r.id}
                      open={editingId === r.id}
                      onToggle={(open) => setEditingId(open ? r.id : null)}
                      comments={here}
                      selectedId={selectedId}
                      links={links}
                      onLinks={relink}
                    />
                  )}
                </div>
                <div className="rv-margin">
                  {here.map((c) => (
                    <CommentCard key={c.id} comment={c} selected={c.id === selectedId} onSelect={() => select(c.id)} onChanged={changed} linkedTo={linkedTo(c.id)} />
                  ))}
                </div>
              </div>
            );
          })}
        </div>
      </div>
      {intake && (
        <IntakeDialog
          roundId={roundId}
          onClose={() => setIntake(false)}
          onImported={(round) => {
            void load(round ?? roundId);
            void ctx.refresh();
          }}
        />
      )}
    </div>
  );
}
