// Before a 报审 export: what of the consultation is still open. Comments 待处理 and units that
// have neither replied nor said 无意见 are named, so the drafter is asked "仍要导出？" instead of
// handing in a 起草说明 that says "另有3条待处理" next to "形成报审稿". Pure reading; the window
// shows the structure, the CLI prints `message`, `qicao check` reports the same list.
import type { PendingCommentRef, ReviewWarning, SilentUnitRef } from '../model/review-package.ts';
import type { Db } from '../store/open.ts';
import { commentSummary } from './comment-text.ts';
import { listComments } from './comments.ts';
import { listRounds } from './rounds.ts';
import { unitProgress } from './summary.ts';
import { nodeLocator } from './node-paths.ts';

const SHOWN = 5; // names listed in the message before "等"

function listed(names: string[]): string {
  const unique = [...new Set(names)];
  return unique.length > SHOWN ? `${unique.slice(0, SHOWN).join('、')}等` : unique.join('、');
}

/** null when every comment is handled and every unit asked has answered. */
export function reviewReadiness(db: Db): ReviewWarning | null {
  const rounds = listRounds(db);
  if (rounds.length === 0) return null;
  const roundName = new Map(rounds.map((r) => [r.id, r.name]));
  const locate = nodeLocator(db);
  const pendingComments: PendingCommentRef[] = listComments(db, { status: 'pending' }).map((c) => ({
    id: c.id,
    unit: c.unit,
    round: roundName.get(c.roundId) ?? '',
    clause: c.target ? locate.clause(c.target.nodeId) : c.section || '（未关联条款）',
    summary: commentSummary(c),
    nodeId: c.target?.nodeId ?? null,
  }));
  const silentUnits: SilentUnitRef[] = rounds.flatMap((round) =>
    unitProgress(db, round.id, round.dueDate)
      .filter((u) => u.comments === 0 && !u.noObjection && u.repliedAt === null)
      .map((u) => ({ unit: u.name, round: round.name, dueDate: round.dueDate, overdue: u.overdue })),
  );
  if (pendingComments.length === 0 && silentUnits.length === 0) return null;
  const clauses: string[] = [];
  if (pendingComments.length > 0) {
    clauses.push(`还有${pendingComments.length}条意见待处理（${listed(pendingComments.map((c) => c.unit))}）`);
  }
  if (silentUnits.length > 0) {
    clauses.push(`${new Set(silentUnits.map((u) => u.unit)).size}个单位尚未反馈（${listed(silentUnits.map((u) => u.unit))}）`);
  }
  const todo = [pendingComments.length > 0 ? '在“征求意见”中逐条处理待处理的意见' : '', silentUnits.length > 0 ? '催办未反馈的单位或记为“无意见”' : ''].filter(Boolean);
  return { pendingComments, silentUnits, message: `${clauses.join('，')}。报审前请${todo.join('，')}。` };
}
