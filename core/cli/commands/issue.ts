import { dateOption, onePositional, stringOption, usageError, type Command } from '../command.ts';
import { withPlan } from '../host.ts';

export const issueCommand: Command = {
  name: 'issue',
  usage: 'qicao issue FILE.qicao [--number 文号 --date 2024-03-15] [--adjust 调整原因 [--by 提出人] | --end-adjustment] [--json]',
  options: {
    number: { type: 'string' },
    date: { type: 'string' },
    adjust: { type: 'string' },
    by: { type: 'string' },
    'end-adjustment': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
  async run(ctx) {
    const file = onePositional(ctx, '计划文件');
    const docNumber = stringOption(ctx, 'number')?.trim();
    const issueDate = dateOption(ctx, 'date');
    const reason = stringOption(ctx, 'adjust');
    if ((docNumber === undefined) !== (issueDate === undefined)) usageError('印发须同时给出 --number 文号 和 --date 印发日期，如 --number 怀政办发〔2024〕3号 --date 2024-03-15。');
    const result = await withPlan(file, async (call) => {
      if (docNumber !== undefined) await call('year.issue', { docNumber, issueDate: issueDate! });
      if (reason !== undefined) await call('year.beginAdjustment', { reason, madeBy: stringOption(ctx, 'by') });
      if (ctx.values['end-adjustment']) await call('year.endAdjustment', {});
      return call('year.state', {});
    });
    if (ctx.values.json) {
      console.log(JSON.stringify(result, null, 2));
      return 0;
    }
    if (!result.issue) console.log('计划尚未印发。印发：qicao issue 计划.qicao --number 文号 --date 2024-03-15');
    else console.log(`已印发：${result.issue.docNumber}，印发日期 ${result.issue.issueDate}，印发稿保存为稿件“${result.issue.snapshotName}”。`);
    for (const a of result.adjustments) {
      console.log(`调整 ${a.id}：${a.reason}${a.madeBy ? `（${a.madeBy}）` : ''}${a.closedAt ? '' : '【进行中，结构可修改】'}`);
      for (const c of a.changes) console.log(`  · 编号 ${c.nodeId}：${c.description}`);
    }
    return 0;
  },
};
