// The numbers of a consultation, computed from the records, and the sentence of DOMAIN.md:
// "共征求X个单位意见，收到Y个单位反馈意见Z条，其中采纳A条、部分采纳B条、不采纳C条，另有P条待处理，N个单位无意见。" (zero clauses left out)
// The 意见采纳情况表 closes with it, and the 起草说明 binds to the same function.
import type { Db } from '../store/open.ts';
import { COMMENT_STATUSES, todayIso, type CommentStatus, type ConsultationSummary, type DashboardView, type PendingCount, type UnitProgress } from '../model/consultation.ts';
import { readRound } from './rounds.ts';

/**
 * What came back, after "征求了X个单位意见": "收到3个单位反馈意见6条，其中采纳2条、部分采纳1条、
 * 不采纳1条，另有2条待处理，1个单位无意见。" Clauses whose number is 0 are left out (no "0个单位
 * 无意见"), and the handled and pending counts always add up to the comments received.
 */
export function repliesSentence(s: Omit<ConsultationSummary, 'sentence'>): string {
  const clauses: string[] = [];
  if (s.comments > 0) {
    const handled = (
      [
        ['采纳', s.adopted],
        ['部分采纳', s.partlyAdopted],
        ['不采纳', s.rejected],
      ] as const
    )
      .filter(([, n]) => n > 0)
      .map(([label, n]) => `${label}${n}条`);
    const received = `收到${s.unitsWithComments}个单位反馈意见${s.comments}条`;
    if (handled.length === 0) clauses.push(`${received}，均待处理`);
    else clauses.push(`${received}，其中${handled.join('、')}${s.pending > 0 ? `，另有${s.pending}条待处理` : ''}`);
  }
  if (s.noObjection > 0) clauses.push(s.noObjection === s.asked ? '各单位均无意见' : `${s.noObjection}个单位无意见`);
  if (s.notReplied > 0 && s.notReplied < s.asked) clauses.push(`${s.notReplied}个单位尚未反馈`);
  if (clauses.length === 0) return '尚未收到反馈意见。';
  return `${clauses.join('，')}。`;
}

/**
 * What came back, as the 起草说明 of a settled round states it: repliesSentence, plus that the
 * comments not adopted were explained to their units, and — when the drafter chose so — units
 * that let the deadline pass "逾期未反馈，视为无意见" instead of "尚未反馈".
 */
export function explanationReplies(s: Omit<ConsultationSummary, 'sentence'>, options: { silentAsNoObjection?: boolean } = {}): string {
  const silent = options.silentAsNoObjection === true && s.notReplied > 0;
  const base = repliesSentence(silent ? { ...s, notReplied: 0 } : s);
  const extra: string[] = [];
  if (s.rejected > 0) extra.push('对不采纳的意见已向提出单位说明理由');
  if (silent) extra.push(s.notReplied === s.asked ? '各单位均逾期未反馈，视为无意见' : `${s.notReplied}个单位逾期未反馈，视为无意见`);
  if (extra.length === 0) return base;
  if (base === '尚未收到反馈意见。') return `${extra.join('，')}。`;
  return `${base.slice(0, -1)}；${extra.join('，')}。`;
}

/** DOMAIN.md's line: "共征求X个单位意见，" and what came back (repliesSentence). */
export function summarySentence(s: Omit<ConsultationSummary, 'sentence'>): string {
  return `共征求${s.asked}个单位意见，${repliesSentence(s)}`;
}

interface UnitState {
  unit_id: number;
  name: string;
  kind: string;
  contact: string;
  phone: string;
  replied_at: string | null;
  no_objection: number;
}

const emptyByStatus = (): Record<CommentStatus, number> => ({ pending: 0, adopted: 0, partlyAdopted: 0, rejected: 0 });

/** Each unit asked in the scope (one round, or every round), with its answer and its comments by status. */
export function unitProgress(db: Db, roundId?: number, dueDate?: string | null): UnitProgress[] {
  const scope = roundId === undefined ? '' : 'WHERE ru.round_id = ?';
  const args = roundId === undefined ? [] : [roundId];
  const units = db
    .prepare(
      `SELECT ru.unit_id, u.name, u.kind, u.contact, u.phone, min(ru.replied_at) AS replied_at, max(ru.no_objection) AS no_objection
       FROM round_unit ru JOIN unit u ON u.id = ru.unit_id ${scope} GROUP BY ru.unit_id ORDER BY u.id`,
    )
    .all(...args) as UnitState[];
  const counts = db.prepare(`SELECT unit_id, status, count(*) AS n FROM comment ${roundId === undefined ? '' : 'WHERE round_id = ?'} GROUP BY unit_id, status`).all(...args) as {
    unit_id: number;
    status: CommentStatus;
    n: number;
  }[];
  const today = todayIso();
  return units.map((u) => {
    const byStatus = emptyByStatus();
    for (const c of counts) if (c.unit_id === u.unit_id) byStatus[c.status] += c.n;
    const comments = COMMENT_STATUSES.reduce((sum, s) => sum + byStatus[s], 0);
    const replied = u.replied_at !== null || comments > 0 || u.no_objection === 1;
    return {
      unitId: u.unit_id,
      name: u.name,
      kind: u.kind,
      contact: u.contact,
      phone: u.phone,
      repliedAt: u.replied_at,
      noObjection: u.no_objection === 1 && comments === 0,
      overdue: !replied && !!dueDate && dueDate < today,
      comments,
      byStatus,
    };
  });
}

/** The consultation's numbers for one round, or for every round together when none is given. */
export function consultationSummary(db: Db, roundId?: number): ConsultationSummary {
  const units = unitProgress(db, roundId);
  const sum = (s: CommentStatus) => units.reduce((n, u) => n + u.byStatus[s], 0);
  const numbers = {
    asked: units.length,
    unitsWithComments: units.filter((u) => u.comments > 0).length,
    comments: units.reduce((n, u) => n + u.comments, 0),
    adopted: sum('adopted'),
    partlyAdopted: sum('partlyAdopted'),
    rejected: sum('rejected'),
    pending: sum('pending'),
    noObjection: units.filter((u) => u.noObjection).length,
    notReplied: units.filter((u) => u.comments === 0 && !u.noObjection && u.repliedAt === null).length,
  };
  return { ...numbers, sentence: summarySentence(numbers) };
}

/** Plan nodes with comments still 待处理, in any round: the outline can show only these. */
export function openCommentNodeIds(db: Db): number[] {
  return (db.prepare("SELECT DISTINCT node_id FROM comment WHERE status = 'pending' AND node_id IS NOT NULL ORDER BY node_id").all() as { node_id: number }[]).map(
    (r) => r.node_id,
  );
}

export function consultDashboard(db: Db, roundId: number): DashboardView {
  const round = readRound(db, roundId);
  return {
    round,
    units: unitProgress(db, roundId, round.dueDate),
    summary: consultationSummary(db, roundId),
    openNodeIds: openCommentNodeIds(db),
  };
}

/** Comments still 待处理, in all and per round. */
export function pendingCount(db: Db): PendingCount {
  const rounds = db
    .prepare(
      `SELECT r.id AS roundId, r.name, (SELECT count(*) FROM comment c WHERE c.round_id = r.id AND c.status = 'pending') AS pending
       FROM round r ORDER BY r.id`,
    )
    .all() as { roundId: number; name: string; pending: number }[];
  return { total: rounds.reduce((n, r) => n + r.pending, 0), rounds };
}
