// The docx library is large: load the exporters on first use, so hosts and the CLI start fast.
import type { exportChannels } from '../channels/export.ts';
import type { HandlersOf } from './types.ts';

const exporters = () => import('../../documents/export/service.ts');

export const exportHandlers: HandlersOf<typeof exportChannels> = {
  'export.docx': async (s, i) => {
    const file = await (await exporters()).exportDocument(s.plan, i.what, { unit: i.unit });
    return { fileName: file.fileName, base64: file.data.toString('base64') };
  },
  'export.preview': async (s, i) => {
    const file = await (await exporters()).exportDocument(s.plan, i.what, { unit: i.unit });
    const { previewPages } = await import('../../documents/preview.ts');
    return { fileName: file.fileName, pages: await previewPages(file.data, i.pages) };
  },
};
