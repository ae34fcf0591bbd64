import { NODE_KINDS, type NodeKind } from '../../model/plan.ts';
import { onePositional, stringOption, usageError, type Command } from '../command.ts';
import { withPlan } from '../host.ts';

export const addCommand: Command = {
  name: 'add',
  usage: 'qicao add FILE.qicao [--parent ID] --kind part|section|aspect|keyTask|measure --title TEXT',
  options: { parent: { type: 'string' }, kind: { type: 'string' }, title: { type: 'string' } },
  async run(ctx) {
    const file = onePositional(ctx, '计划文件');
    const kind = stringOption(ctx, 'kind') as NodeKind | undefined;
    if (!kind || !NODE_KINDS.includes(kind)) usageError('请用 --kind 给出 part、section（文字章节）、aspect、keyTask 或 measure。');
    // parts and text sections sit at the top of the plan; everything else needs its parent's id
    const parentText = stringOption(ctx, 'parent');
    const top = kind === 'part' || kind === 'section';
    const parent = top && parentText === undefined ? null : Number(parentText);
    if (parent !== null && (!Number.isInteger(parent) || parent <= 0)) usageError('请用 --parent 给出上级节点的编号（正整数）。');
    const title = stringOption(ctx, 'title')?.trim();
    if (!title) usageError('请用 --title 给出标题或措施内容。');
    // node.add: the window's channel, with its limits and its undo step ("添加具体措施")
    const { id } = await withPlan(file, (call) => call('node.add', { parentId: parent, kind, title }));
    // printed only after the transaction committed: a printed id is a durable id
    console.log(String(id));
    return 0;
  },
};
