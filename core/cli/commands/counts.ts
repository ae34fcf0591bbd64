import { countsReport } from '../../counts/report.ts';
import { onePositional, type Command } from '../command.ts';
import { withPlan } from '../with-plan.ts';

export const countsCommand: Command = {
  name: 'counts',
  usage: 'qicao counts FILE.qicao [--json]',
  options: { json: { type: 'boolean', default: false } },
  run(ctx) {
    const report = withPlan(onePositional(ctx, '计划文件'), countsReport);
    if (ctx.values.json) console.log(JSON.stringify(report, null, 2));
    else {
      for (const p of report.parts) console.log(`${p.name}：${p.sentence}`);
      console.log(`合计：${report.totals.aspects}个方面，${report.totals.sentence}`);
    }
    return 0;
  },
};
