// The comments of the round, filtered by status (and to the unlinked ones), newest decisions
// visible at a glance; a click opens one.
import type { CommentView } from '../../../core/api/contract.ts';
import { COMMENT_STATUSES, KIND_LABEL, STATUS_LABEL, type CommentStatus } from '../../../core/model/consultation.ts';
import { excerpt } from './labels.ts';

export type ListFilter = CommentStatus | 'all' | 'unlinked';

const FILTERS: { key: ListFilter; label: string }[] = [
  { key: 'all', label: '全部' },
  ...COMMENT_STATUSES.map((s) => ({ key: s as ListFilter, label: STATUS_LABEL[s] })),
  { key: 'unlinked', label: '未关联' },
];

export function matches(c: CommentView, filter: ListFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'unlinked') return c.target === null;
  return c.status === filter;
}

export function CommentList(props: { comments: CommentView[]; filter: ListFilter; onFilter(f: ListFilter): void; selectedId: number | null; onSelect(id: number): void }) {
  const shown = props.comments.filter((c) => matches(c, props.filter));
  return (
    <section aria-label="意见列表">
      <h3>意见（{props.comments.length} 条）</h3>
      <div className="cs-filters" role="group" aria-label="按状态筛选">
        {FILTERS.map((f) => (
          <button key={f.key} type="button" aria-pressed={props.filter === f.key} onClick={() => props.onFilter(f.key)}>
            {f.label} {props.comments.filter((c) => matches(c, f.key)).length}
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p className="hint">{props.comments.length === 0 ? '还没有收到意见。导入单位返回的文件，或手工录入。' : '没有符合筛选条件的意见。'}</p>
      ) : (
        <ul className="cs-list">
          {shown.map((c) => (
            <li key={c.id}>
              <button className="cs-item" aria-current={c.id === props.selectedId} onClick={() => props.onSelect(c.id)}>
                <span className="meta">
                  <span className={`cs-status c-${c.status}`}>{STATUS_LABEL[c.status]}</span>
                  <span>{KIND_LABEL[c.kind]}</span>
                  <span>{c.unit}</span>
                  {c.target === null && <span className="cs-unlinked">未关联</span>}
                </span>
                <span className="excerpt">{excerpt(c)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
