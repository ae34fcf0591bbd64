import { onePositional, stringOption, usageError, type Command } from '../command.ts';
import { withPlan } from '../host.ts';

export const snapshotCommand: Command = {
  name: 'snapshot',
  usage: 'qicao snapshot FILE.qicao --name 稿件名',
  options: { name: { type: 'string' } },
  async run(ctx) {
    const file = onePositional(ctx, '计划文件');
    const name = stringOption(ctx, 'name')?.trim();
    if (!name) usageError('请用 --name 给出稿件名称，如 --name 征求意见稿。');
    const info = await withPlan(file, (call) => call('drafts.take', { name }));
    console.log(`已保存稿件“${info.name}”（编号 ${info.id}）。`);
    return 0;
  },
};
