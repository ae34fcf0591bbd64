import { totalsLine } from '../../model/count-sentences.ts';
import { onePositional, type Command } from '../command.ts';
import { withPlan } from '../host.ts';

export const countsCommand: Command = {
  name: 'counts',
  usage: 'qicao counts FILE.qicao [--json]',
  options: { json: { type: 'boolean', default: false } },
  async run(ctx) {
    const report = await withPlan(onePositional(ctx, '计划文件'), (call) => call('plan.counts', {}));
    if (ctx.values.json) console.log(JSON.stringify(report, null, 2));
    else {
      for (const p of report.parts) console.log(`${p.name}：${p.sentence}`);
      console.log(totalsLine(report.totals, { levels: report.levels }));
    }
    return 0;
  },
};
