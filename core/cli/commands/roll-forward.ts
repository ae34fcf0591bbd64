import { onePositional, stringOption, usageError, type Command } from '../command.ts';
import { withPlan } from '../host.ts';
import { editsOf, printRows } from './bulk-edit-output.ts';

export const rollForwardCommand: Command = {
  name: 'roll-forward',
  usage: 'qicao roll-forward FILE.qicao [--to 2025] [--apply] [--json]',
  options: { to: { type: 'string' }, apply: { type: 'boolean' }, json: { type: 'boolean' } },
  async run(ctx) {
    const file = onePositional(ctx, '计划文件');
    const toText = stringOption(ctx, 'to');
    const to = toText === undefined ? undefined : Number(toText);
    if (to !== undefined && !Number.isInteger(to)) usageError(`--to 须是四位年份，如 --to 2025，收到“${toText}”。`);
    const apply = ctx.values.apply === true;
    const json = ctx.values.json === true;
    return withPlan(file, async (call) => {
      const list = await call('plan.rollForwardList', to === undefined ? {} : { to });
      printRows(list.rows, json, { from: list.from, to: list.to, applied: apply });
      if (apply && list.rows.length > 0) await call('plan.rollForwardApply', { edits: editsOf(list.rows) });
      if (!json)
        console.log(apply ? `已将 ${list.rows.length} 处由${list.from}年改为${list.to}年（撤销记录为“改为下一年度”）。` : `共 ${list.rows.length} 处；加 --apply 写入计划。`);
      return 0;
    });
  },
};
