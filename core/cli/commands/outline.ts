import type { OutlineNode } from '../../api/contract.ts';
import type { LevelScheme } from '../../model/levels.ts';
import { numberLabel } from '../../model/numbering.ts';
import { onePositional, type Command } from '../command.ts';
import { withPlan } from '../host.ts';

/** "[12]   （一）强化扬尘污染管控": numbered as the document numbers it, under the plan's scheme. */
function printOutline(nodes: OutlineNode[], levels: LevelScheme, depth = 0): void {
  nodes.forEach((n, i) => {
    console.log(`${'  '.repeat(depth)}[${n.id}] ${numberLabel(n.kind, i, levels)}${n.title}`);
    printOutline(n.children, levels, depth + 1);
  });
}

export const outlineCommand: Command = {
  name: 'outline',
  usage: 'qicao outline FILE.qicao [--json]',
  options: { json: { type: 'boolean', default: false } },
  async run(ctx) {
    const { outline, levels } = await withPlan(onePositional(ctx, '计划文件'), async (call) => ({
      outline: await call('plan.outline', {}),
      levels: ctx.values.json ? null : (await call('plan.counts', {})).levels,
    }));
    if (ctx.values.json) console.log(JSON.stringify(outline, null, 2));
    else printOutline(outline, levels!);
    return 0;
  },
};
