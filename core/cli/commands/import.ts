import type { Input, Level, LevelRole } from '../../api/contract.ts';
import { totalsLine } from '../../model/count-sentences.ts';
import { kindNamed } from '../../model/level-words.ts';
import { onePositional, stringOption, usageError, type Command } from '../command.ts';
import { withSession } from '../host.ts';

type ImportOverrides = NonNullable<Input<'import.file'>['overrides']>;

const KIND_TEXT = { plan: '行动计划', table: '任务分工表', explanation: '起草说明', unknown: '未识别结构的文档' } as const;

const LEVEL_NAMES: Record<string, Level> = {
  '一、': 'L1',
  '（一）': 'L2',
  '(一)': 'L2',
  '1.': 'L3',
  '1、': 'L3',
  '（1）': 'L4',
  '(1)': 'L4',
  L1: 'L1',
  L2: 'L2',
  L3: 'L3',
  L4: 'L4',
};

/** "（一）=方面,1.=重点任务" → the level mapping the drafter gives, as the preview window would. */
function parseLevels(text: string): ImportOverrides['levels'] {
  const levels: NonNullable<ImportOverrides['levels']> = {};
  for (const pair of text
    .split(/[,，;；]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')) {
    const [l, r] = pair.split(/[=＝:：]/).map((s) => s.trim());
    const level = LEVEL_NAMES[l];
    const role: LevelRole | undefined = r === '正文' ? 'text' : kindNamed(r ?? '');
    if (!level || !role)
      usageError(`--levels 中的“${pair}”看不懂，请写成“（一）=方面,1.=重点任务”：左边为 一、（一）1.（1） 之一，右边为 部分、方面、重点任务、具体措施、正文 之一。`);
    levels[level] = role;
  }
  return levels;
}

export const importCommand: Command = {
  name: 'import',
  usage: 'qicao import IN.docx|IN.txt --out FILE.qicao [--levels "（一）=方面,1.=重点任务"] [--json]',
  options: { out: { type: 'string' }, levels: { type: 'string' }, json: { type: 'boolean', default: false } },
  async run(ctx) {
    const input = onePositional(ctx, '要导入的 .docx 或 .txt 文件');
    const out = stringOption(ctx, 'out');
    if (!out) usageError('请用 --out 给出要新建的计划文件，例如 --out 计划.qicao。');
    const levels = stringOption(ctx, 'levels');
    const overrides = levels ? { levels: parseLevels(levels) } : undefined;
    // import.file: the importer behind the window's import dialog, reading the file from its path
    const r = await withSession((call) => call('import.file', { path: input, targetPath: out, overrides }));
    const { aspects, keyTasks, measures } = r.counts.totals;
    if (ctx.values.json) {
      console.log(
        JSON.stringify(
          { file: r.file, kind: r.kind, title: r.title, counts: { parts: r.counts.parts.length, aspects, keyTasks, measures }, leftovers: r.leftovers, notes: r.notes },
          null,
          2,
        ),
      );
      return 0;
    }
    console.log(`已导入${KIND_TEXT[r.kind]}“${r.title}”，新建计划文件：${r.file}`);
    for (const p of r.counts.parts) console.log(`${p.name}：${p.sentence}`);
    console.log(totalsLine(r.counts.totals, { parts: r.counts.parts.length }));
    for (const note of r.notes) console.log(`提示：${note}`);
    if (r.leftovers.length === 0) console.log('全部文字都已读入计划。');
    else {
      console.log(`以下${r.leftovers.length}段文字未能归入计划结构，原文照录，请核对后手工处理：`);
      for (const l of r.leftovers) console.log(`  第${l.paragraph + 1}段：${l.text}${l.reason ? `（${l.reason}）` : ''}`);
    }
    return 0;
  },
};
