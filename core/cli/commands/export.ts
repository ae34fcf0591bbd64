import path from 'node:path';
import { ExportWhat } from '../../api/contract.ts';
import { writeFileAtomic } from '../../fs/atomic-write.ts';
import { onePositional, stringOption, usageError, type Command, type CommandContext } from '../command.ts';
import { withPlan } from '../host.ts';

const EXPORT_KINDS = ExportWhat.options;

// Documents built from more than the plan itself (two drafts; the consultation records).
// `package`: the whole 报审 set into a folder (review-package.ts).
const EXTRA_KINDS = ['comparison', 'package'] as const;
const ALL_KINDS = [...EXPORT_KINDS, ...EXTRA_KINDS];

/** "当前稿" (or "current") is the live plan; anything else names a saved draft. */
function draftRef(name: string): { current: true } | { snapshotName: string } {
  return name === '当前稿' || name === 'current' ? { current: true } : { snapshotName: name };
}

export const exportCommand: Command = {
  name: 'export',
  usage: `qicao export FILE.qicao --what ${ALL_KINDS.join('|')} [--unit NAME] [--from 稿件 --to 稿件] --out OUT.docx|DIR [--overwrite] [--force] [--silent-as-no-objection] [--layout pages]`,
  options: {
    what: { type: 'string' },
    unit: { type: 'string' },
    out: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    overwrite: { type: 'boolean' },
    force: { type: 'boolean' },
    'silent-as-no-objection': { type: 'boolean' },
    layout: { type: 'string' },
  },
  async run(ctx) {
    const file = onePositional(ctx, '计划文件');
    const what = stringOption(ctx, 'what');
    if (!what || !(ALL_KINDS as readonly string[]).includes(what)) usageError(`请用 --what 指定导出内容：${ALL_KINDS.join('、')}。`);
    const out = stringOption(ctx, 'out');
    if (what === 'package') return exportPackage(file, out, ctx);
    if (!out) usageError('请用 --out 指定导出的 Word 文件路径（.docx）。');
    if (path.extname(out).toLowerCase() !== '.docx') usageError('导出文件须以 .docx 结尾。');
    const from = stringOption(ctx, 'from');
    const to = stringOption(ctx, 'to');
    if (what === 'comparison' && (!from || !to)) usageError('导出修改对照表时请用 --from 和 --to 指定两个稿件（如 --from 征求意见稿 --to 当前稿）。');
    const layout = stringOption(ctx, 'layout');
    if (layout !== undefined && layout !== 'pages' && layout !== 'continuous') usageError('--layout 只能是 pages（任务分工表按页分段打印）或 continuous（一张连续的表，默认）。');
    // the window's channels; the bytes come back as base64 and this host writes them where asked
    const { base64 } = await withPlan(file, (call) =>
      what === 'comparison'
        ? call('drafts.exportComparison', { from: draftRef(from!), to: draftRef(to!) })
        : call('export.docx', {
            what: what as (typeof EXPORT_KINDS)[number],
            unit: stringOption(ctx, 'unit'),
            silentAsNoObjection: ctx.values['silent-as-no-objection'] === true,
            taskLayout: layout,
          }),
    );
    writeFileAtomic(out, Buffer.from(base64, 'base64'), { overwrite: ctx.values.overwrite === true }); // an existing file only when asked
    console.log(path.resolve(out));
    return 0;
  },
};

/**
 * `--what package --out DIR`: the 报审 set. Open comments or silent units are printed and nothing
 * is written (exit 1) unless `--force` says 仍要导出; the paths written go to stdout, one a line.
 */
async function exportPackage(file: string, out: string | undefined, ctx: CommandContext): Promise<number> {
  if (!out) usageError('请用 --out 指定存放报审材料的文件夹。');
  const result = await withPlan(file, (call) =>
    call('export.package', {
      outDir: out,
      confirmed: ctx.values.force === true,
      overwrite: ctx.values.overwrite === true,
      silentAsNoObjection: ctx.values['silent-as-no-objection'] === true,
    }),
  );
  if (result.status === 'needs-confirmation') {
    process.stderr.write(`${result.warning.message}如仍要导出，请加 --force。没有写入任何文件。\n`);
    return 1;
  }
  if (result.warning) process.stderr.write(`注意：${result.warning.message}\n`);
  for (const s of result.skipped) process.stderr.write(`未生成${s.document}：${s.reason}。\n`);
  for (const f of result.files) console.log(f);
  return 0;
}
