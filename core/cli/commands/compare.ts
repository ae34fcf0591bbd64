import { summaryLines } from '../../model/describe-comparison.ts';
import { usageError, type Command } from '../command.ts';
import { withSession } from '../host.ts';

export const compareCommand: Command = {
  name: 'compare',
  usage: 'qicao compare A B [--json]   （A、B 为 计划.qicao#稿件名、计划.qicao（当前稿）或 .docx/.txt 文档）',
  options: { json: { type: 'boolean', default: false } },
  async run(ctx) {
    if (ctx.positionals.length !== 2) usageError('请给出要比较的两份稿件：较早的在前，较新的在后，如 qicao compare 计划.qicao#征求意见稿 计划.qicao#报审稿。');
    const [from, to] = ctx.positionals;
    const result = await withSession((call) => call('drafts.compareFiles', { from, to }));
    if (ctx.values.json) {
      // The merged outline is for the compare view; the JSON keeps to the lists and counts.
      const { outline: _outline, ...rest } = result;
      console.log(JSON.stringify(rest, null, 2));
    } else {
      for (const line of summaryLines(result)) console.log(line);
    }
    return 0;
  },
};
