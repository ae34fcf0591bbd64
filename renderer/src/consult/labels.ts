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

/** One line for the list: what the unit asked for, in the same words the documents use
 *  (core writes it: "建议增加“…”", "建议删除“…”", "在“…”处加了批注，未写意见内容"). */
export function excerpt(c: CommentView): string {
  return c.summary || c.text || c.quote;
}

/** "2024-02-26T09:30:00Z" → "2024年2月26日". */
export function shortDate(iso: string | null): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : '';
}
