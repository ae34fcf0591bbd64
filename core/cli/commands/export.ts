import path from 'node:path';
import { EXPORT_KINDS, exportDocument, type ExportKind } from '../../documents/export/service.ts';
import { writeFileAtomic } from '../../fs/atomic-write.ts';
import { openPlanFile } from '../../store/open.ts';
import { onePositional, stringOption, usageError, type Command } from '../command.ts';

export const exportCommand: Command = {
  name: 'export',
  usage: `qicao export FILE.qicao --what ${EXPORT_KINDS.join('|')} [--unit NAME] --out OUT.docx`,
  options: { what: { type: 'string' }, unit: { type: 'string' }, out: { type: 'string' } },
  async run(ctx) {
    const file = onePositional(ctx, '计划文件');
    const what = stringOption(ctx, 'what') as ExportKind | undefined;
    if (!what || !EXPORT_KINDS.includes(what)) usageError(`请用 --what 指定导出内容：${EXPORT_KINDS.join('、')}。`);
    const out = stringOption(ctx, 'out');
    if (!out) usageError('请用 --out 指定导出的 Word 文件路径（.docx）。');
    if (path.extname(out).toLowerCase() !== '.docx') usageError('导出文件须以 .docx 结尾。');
    const db = openPlanFile(file);
    let data: Buffer;
    try {
      data = (await exportDocument(db, what, { unit: stringOption(ctx, 'unit') })).data;
    } finally {
      db.close();
    }
    writeFileAtomic(out, data);
    console.log(path.resolve(out));
    return 0;
  },
};
