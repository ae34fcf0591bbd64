import { COMMENT_STATUSES, KIND_LABEL, STATUS_LABEL, type CommentStatus } from '../../model/consultation.ts';
import { onePositional, stringOption, usageError, type Command } from '../command.ts';
import { roundIdByName, withPlan } from '../host.ts';

export const commentsCommand: Command = {
  name: 'comments',
  usage: `qicao comments FILE.qicao [--round 轮次名称] [--status ${COMMENT_STATUSES.join('|')}] [--json]`,
  options: { round: { type: 'string' }, status: { type: 'string' }, json: { type: 'boolean', default: false } },
  async run(ctx) {
    const file = onePositional(ctx, '计划文件');
    const status = stringOption(ctx, 'status') as CommentStatus | undefined;
    if (status !== undefined && !COMMENT_STATUSES.includes(status)) usageError(`--status 须为 ${COMMENT_STATUSES.join('、')} 之一。`);
    const { comments, summary } = await withPlan(file, async (call) => {
      const roundId = await roundIdByName(call, stringOption(ctx, 'round'));
      return { comments: await call('consult.comments', { roundId, status }), summary: await call('consult.summary', { roundId }) };
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
