import { listComments } from '../../consult/comments.ts';
import { COMMENT_STATUSES, KIND_LABEL, STATUS_LABEL, type CommentStatus } from '../../consult/model.ts';
import { pickRound } from '../../consult/rounds.ts';
import { consultationSummary } from '../../consult/summary.ts';
import { onePositional, stringOption, usageError, type Command } from '../command.ts';
import { withPlan } from '../with-plan.ts';

export const commentsCommand: Command = {
  name: 'comments',
  usage: `qicao comments FILE.qicao [--round 轮次名称] [--status ${COMMENT_STATUSES.join('|')}] [--json]`,
  options: { round: { type: 'string' }, status: { type: 'string' }, json: { type: 'boolean', default: false } },
  run(ctx) {
    const file = onePositional(ctx, '计划文件');
    const status = stringOption(ctx, 'status') as CommentStatus | undefined;
    if (status !== undefined && !COMMENT_STATUSES.includes(status)) usageError(`--status 须为 ${COMMENT_STATUSES.join('、')} 之一。`);
    const roundName = stringOption(ctx, 'round');
    const { comments, summary } = withPlan(file, (db) => {
      const roundId = roundName === undefined ? undefined : (pickRound(db, roundName) ?? undefined);
      return { comments: listComments(db, { roundId, status }), summary: consultationSummary(db, roundId) };
    });
    if (ctx.values.json) {
      console.log(JSON.stringify(comments, null, 2));
      return 0;
    }
    for (const c of comments) {
      const where = c.target ? c.target.path.at(-1)?.slice(0, 24) : '未关联节点';
      console.log(`[${c.id}] ${STATUS_LABEL[c.status]}｜${c.unit}｜${KIND_LABEL[c.kind]}：${c.summary} → ${where}`);
    }
    console.log(summary.sentence);
    return 0;
  },
};
