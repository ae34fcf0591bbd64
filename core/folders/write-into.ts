// Writes a finished document into the folder the drafter chose, under the document's own name,
// and answers the full path (the window shows it: "已导出到 …").
import fs from 'node:fs';
import path from 'node:path';
import { QicaoError } from '../errors.ts';
import { writeFileAtomic } from '../fs/atomic-write.ts';

/** Refuses to replace a file already there unless `overwrite` (the drafter was asked). */
export function writeInto(outDir: string, fileName: string, data: Buffer, overwrite = false): string {
  const dir = path.resolve(outDir);
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new QicaoError('not-found', `找不到文件夹“${dir}”，请重新选择保存的文件夹。`);
  const target = path.join(dir, path.basename(fileName));
  writeFileAtomic(target, data, { overwrite });
  return target;
}
