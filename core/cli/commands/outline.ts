import type { OutlineNode } from '../../api/contract.ts';
import { readOutline } from '../../store/outline.ts';
import { onePositional, type Command } from '../command.ts';
import { withPlan } from '../with-plan.ts';

function printOutline(nodes: OutlineNode[], depth = 0): void {
  for (const n of nodes) {
    console.log(`${'  '.repeat(depth)}[${n.id}] ${n.title}`);
    printOutline(n.children, depth + 1);
  }
}

export const outlineCommand: Command = {
  name: 'outline',
  usage: 'qicao outline FILE.qicao [--json]',
  options: { json: { type: 'boolean', default: false } },
  run(ctx) {
    const outline = withPlan(onePositional(ctx, '计划文件'), readOutline);
    if (ctx.values.json) console.log(JSON.stringify(outline, null, 2));
    else printOutline(outline);
    return 0;
  },
};
