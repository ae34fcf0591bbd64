import { QicaoError } from '../../errors.ts';
import { previewImport } from '../../documents/import/import-preview.ts';
import { importPlanFile } from '../../documents/import/write-plan.ts';
import type { importChannels } from '../channels/import.ts';
import type { HandlersOf } from './types.ts';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function upload(i: { name: string; base64: string }): { name: string; bytes: Uint8Array } {
  const base64 = i.base64.replace(/\s+/g, '');
  if (!BASE64.test(base64)) throw new QicaoError('bad-input', `上传的“${i.name}”数据不完整（不是有效的 base64），请重新选择文件。`);
  return { name: i.name, bytes: new Uint8Array(Buffer.from(base64, 'base64')) };
}

export const importHandlers: HandlersOf<typeof importChannels> = {
  'import.plan': async (_s, i) => importPlanFile(upload(i), i.targetPath),
  'import.preview': async (_s, i) => previewImport(upload(i), i.overrides ?? {}),
  'import.commit': async (_s, i) => importPlanFile(upload(i), i.targetPath, i.overrides ?? {}),
  'import.file': async (_s, i) => importPlanFile(i.path, i.targetPath, i.overrides ?? {}),
};
