import { countsReport } from '../../counts/report.ts';
import { totalAspectsLead } from '../../counts/sentences.ts';
import { readLevelScheme } from '../../store/level-scheme.ts';
import { onePositional, type Command } from '../command.ts';
import { withPlan } from '../with-plan.ts';

export const countsCommand: Command = {
  name: 'counts',
  usage: 'qicao counts FILE.qicao [--json]',
  options: { json: { type: 'boolean', default: false } },
  run(ctx) {
    const { report, levels } = withPlan(onePositional(ctx, '计划文件'), (db) => ({ report: countsReport(db), levels: readLevelScheme(db) }));
    if (ctx.values.json) console.log(JSON.stringify(report, null, 2));
    else {
      for (const p of report.parts) console.log(`${p.name}：${p.sentence}`);
      console.log(`合计：${totalAspectsLead(report.totals, levels)}${report.totals.sentence}`);
    }
    return 0;
  },
};
