import { exportDocument } from '../../documents/export/service.ts';
import { previewPages } from '../../documents/preview.ts';
import type { exportChannels } from '../channels/export.ts';
import type { HandlersOf } from './types.ts';

export const exportHandlers: HandlersOf<typeof exportChannels> = {
  'export.docx': async (s, i) => {
    const file = await exportDocument(s.plan, i.what, { unit: i.unit });
    return { fileName: file.fileName, base64: file.data.toString('base64') };
  },
  'export.preview': async (s, i) => {
    const file = await exportDocument(s.plan, i.what, { unit: i.unit });
    return { fileName: file.fileName, pages: await previewPages(file.data, i.pages) };
  },
};
