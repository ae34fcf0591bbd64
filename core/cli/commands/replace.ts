import { onePositional, stringOption, usageError, type Command } from '../command.ts';
import { withPlan } from '../host.ts';
import { editsOf, printRows } from './bulk-edit-output.ts';

export const replaceCommand: Command = {
  name: 'replace',
  usage: 'qicao replace FILE.qicao --find 文字 --with 文字 [--apply] [--json]',
  options: { find: { type: 'string' }, with: { type: 'string' }, apply: { type: 'boolean' }, json: { type: 'boolean' } },
  async run(ctx) {
    const file = onePositional(ctx, '计划文件');
    const find = stringOption(ctx, 'find');
    const replace = stringOption(ctx, 'with');
    if (!find || replace === undefined) usageError('请用 --find 给出要查找的文字、--with 给出替换为的文字，如 --find 2024年底前 --with 2025年底前。');
    const apply = ctx.values.apply === true;
    const json = ctx.values.json === true;
    return withPlan(file, async (call) => {
      const list = await call('text.findReplaceList', { find, replace });
      printRows(list.rows, json, { hits: list.hits, more: list.more, applied: apply });
      if (apply && list.rows.length > 0) await call('text.replaceApply', { edits: editsOf(list.rows), label: `替换“${find.slice(0, 20)}”` });
      if (!json)
        console.log(
          apply ? `已替换 ${list.hits} 处（${list.rows.length} 个位置，一步撤销）。` : `找到 ${list.hits} 处，在 ${list.rows.length + list.more} 个位置；加 --apply 写入计划。`,
        );
      return 0;
    });
  },
};
