import { draftTime } from '../../model/describe-comparison.ts';
import { DRAFT_KIND_LABEL } from '../../model/comparison.ts';
import { onePositional, type Command } from '../command.ts';
import { withPlan } from '../host.ts';

export const snapshotsCommand: Command = {
  name: 'snapshots',
  usage: 'qicao snapshots FILE.qicao [--json]',
  options: { json: { type: 'boolean', default: false } },
  async run(ctx) {
    const list = await withPlan(onePositional(ctx, '计划文件'), (call) => call('drafts.list', {}));
    if (ctx.values.json) console.log(JSON.stringify(list, null, 2));
    else if (list.length === 0) console.log('还没有保存过稿件，可用 qicao snapshot 计划.qicao --name 稿件名 保存当前稿。');
    else for (const s of list) console.log(`[${s.id}] ${s.name}  ${draftTime(s.createdAt)}  ${DRAFT_KIND_LABEL[s.kind]}`);
    return 0;
  },
};
