// The docx library is large: load the exporters on first use, so hosts and the CLI start fast.
import fs from 'node:fs';
import path from 'node:path';
import { QicaoError } from '../../errors.ts';
import { writeFileAtomic } from '../../fs/atomic-write.ts';
import type { exportChannels } from '../channels/export.ts';
import type { HandlersOf } from './types.ts';

const exporters = () => import('../../documents/export/service.ts');

export const exportHandlers: HandlersOf<typeof exportChannels> = {
  'export.docx': async (s, i) => {
    const file = await (await exporters()).exportDocument(s.plan, i.what, { unit: i.unit });
    return { fileName: file.fileName, base64: file.data.toString('base64') };
  },
  'export.save': async (s, i) => {
    const dir = path.resolve(i.outDir);
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new QicaoError('not-found', `找不到文件夹“${dir}”，请重新选择保存的文件夹。`);
    const file = await (await exporters()).exportDocument(s.plan, i.what, { unit: i.unit });
    const target = path.join(dir, file.fileName);
    writeFileAtomic(target, file.data, { overwrite: i.overwrite }); // an earlier export is replaced only when asked
    return { path: target };
  },
  'export.preview': async (s, i) => {
    const file = await (await exporters()).exportDocument(s.plan, i.what, { unit: i.unit });
    const { previewPages } = await import('../../documents/preview.ts');
    return { fileName: file.fileName, pages: await previewPages(file.data, i.pages) };
  },
};
