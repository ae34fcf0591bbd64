import path from 'node:path';
import { EXPORT_KINDS, exportDocument, type ExportKind } from '../../documents/export/service.ts';
import { writeFileAtomic } from '../../fs/atomic-write.ts';
import { openPlanFile } from '../../store/open.ts';
import { onePositional, stringOption, usageError, type Command } from '../command.ts';

// Documents built from more than the plan itself (two drafts; the consultation records).
const EXTRA_KINDS = ['comparison'] as const;
const ALL_KINDS = [...EXPORT_KINDS, ...EXTRA_KINDS];

/** "当前稿" (or "current") is the live plan; anything else names a saved draft. */
function draftRef(name: string): { current: true } | { snapshotName: string } {
  return name === '当前稿' || name === 'current' ? { current: true } : { snapshotName: name };
}

export const exportCommand: Command = {
  name: 'export',
  usage: `qicao export FILE.qicao --what ${ALL_KINDS.join('|')} [--unit NAME] [--from 稿件 --to 稿件] --out OUT.docx [--overwrite]`,
  options: { what: { type: 'string' }, unit: { type: 'string' }, out: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, overwrite: { type: 'boolean' } },
  async run(ctx) {
    const file = onePositional(ctx, '计划文件');
    const what = stringOption(ctx, 'what');
    if (!what || !(ALL_KINDS as readonly string[]).includes(what)) usageError(`请用 --what 指定导出内容：${ALL_KINDS.join('、')}。`);
    const out = stringOption(ctx, 'out');
    if (!out) usageError('请用 --out 指定导出的 Word 文件路径（.docx）。');
    if (path.extname(out).toLowerCase() !== '.docx') usageError('导出文件须以 .docx 结尾。');
    const from = stringOption(ctx, 'from');
    const to = stringOption(ctx, 'to');
    if (what === 'comparison' && (!from || !to)) usageError('导出修改对照表时请用 --from 和 --to 指定两个稿件（如 --from 征求意见稿 --to 当前稿）。');
    const db = openPlanFile(file);
    let data: Buffer;
    try {
      if (what === 'comparison') {
        const { exportDraftComparison } = await import('../../compare/export.ts');
        data = (await exportDraftComparison(db, draftRef(from!), draftRef(to!))).data;
      } else {
        data = (await exportDocument(db, what as ExportKind, { unit: stringOption(ctx, 'unit') })).data;
      }
    } finally {
      db.close();
    }
    writeFileAtomic(out, data, { overwrite: ctx.values.overwrite === true }); // an existing file only when asked
    console.log(path.resolve(out));
    return 0;
  },
};
