// How the consultation reads on screen: a unit's state, the excerpt of a comment.
import type { CommentView, UnitProgress } from '../../../core/api/contract.ts';

export type UnitState = 'replied' | 'none' | 'overdue' | 'waiting';

export const UNIT_STATE_LABEL: Record<UnitState, string> = {
  replied: '已反馈',
  none: '无意见',
  overdue: '逾期未反馈',
  waiting: '未反馈',
};

export function unitState(u: UnitProgress): UnitState {
  if (u.comments > 0) return 'replied';
  if (u.noObjection) return 'none';
  return u.overdue ? 'overdue' : 'waiting';
}

/** One line for the list: what the unit asked for. */
export function excerpt(c: CommentView): string {
  if (c.kind === 'insertion') return `插入“${c.text}”`;
  if (c.kind === 'deletion') return `删除“${c.quote}”`;
  return c.text || (c.quote ? `（未写意见）原文：${c.quote}` : '（空）');
}

/** "2024-02-26T09:30:00Z" → "2024年2月26日". */
export function shortDate(iso: string | null): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : '';
}
