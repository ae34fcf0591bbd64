// The docx library is large: load the exporters on first use, so hosts and the CLI start fast.
import { writeInto } from '../../folders/write-into.ts';
import type { exportChannels } from '../channels/export.ts';
import type { HandlersOf } from './types.ts';

const exporters = () => import('../../documents/export/service.ts');

export const exportHandlers: HandlersOf<typeof exportChannels> = {
  'export.docx': async (s, i) => {
    const file = await (await exporters()).exportDocument(s.plan, i.what, { unit: i.unit, silentAsNoObjection: i.silentAsNoObjection, taskLayout: i.taskLayout });
    return { fileName: file.fileName, base64: file.data.toString('base64') };
  },
  'export.save': async (s, i) => {
    const file = await (await exporters()).exportDocument(s.plan, i.what, { unit: i.unit, silentAsNoObjection: i.silentAsNoObjection, taskLayout: i.taskLayout });
    // an earlier export of the same name is replaced only when the drafter said so
    return { path: writeInto(i.outDir, file.fileName, file.data, i.overwrite) };
  },
  'export.preview': async (s, i) => {
    const file = await (await exporters()).exportDocument(s.plan, i.what, { unit: i.unit, silentAsNoObjection: i.silentAsNoObjection, taskLayout: i.taskLayout });
    const { previewPages } = await import('../../documents/preview.ts');
    return { fileName: file.fileName, pages: await previewPages(file.data, i.pages) };
  },
  'export.package': async (s, i) => (await import('../../documents/export/review-package.ts')).exportReviewPackage(s.plan, i),
  'export.reviewReadiness': async (s) => (await import('../../consult/review-readiness.ts')).reviewReadiness(s.plan),
};
