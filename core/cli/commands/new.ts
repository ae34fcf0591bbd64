import { onePositional, type Command } from '../command.ts';
import { withSession } from '../host.ts';

export const newCommand: Command = {
  name: 'new',
  usage: 'qicao new FILE.qicao [--sample]',
  options: { sample: { type: 'boolean', default: false } },
  async run(ctx) {
    const path = onePositional(ctx, '要新建的计划文件');
    const plan = await withSession((call) => call('plan.create', { path, sample: ctx.values.sample === true }));
    console.log(plan.path);
    return 0;
  },
};
