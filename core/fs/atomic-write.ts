// Writes a file so that it is either the old file or the whole new one, never half: a temp file
// in the same folder, flushed to disk, then renamed over the target.
import fs from 'node:fs';
import path from 'node:path';
import { QicaoError } from '../errors.ts';

/** Temp files of writers that were killed mid-write (their pid is gone) are removed. */
function removeStaleTemps(dir: string, base: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  const prefix = `.${base}.`;
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (!Number.isInteger(pid) || pid === process.pid || isAlive(pid)) continue;
    fs.rmSync(path.join(dir, name), { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function writeFileAtomic(target: string, data: Buffer | string): void {
  const full = path.resolve(target);
  const dir = path.dirname(full);
  removeStaleTemps(dir, path.basename(full));
  const temp = path.join(dir, `.${path.basename(full)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = fs.openSync(temp, 'wx');
    try {
      fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, full);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? '文件夹不存在' : code === 'EACCES' || code === 'EPERM' ? '没有写入权限' : code === 'EISDIR' ? '目标是文件夹' : code === 'ENOSPC' ? '磁盘空间不足' : (code ?? (e as Error).message);
    throw new QicaoError('io', `无法写入“${full}”（${why}），请换一个保存位置。`);
  }
}
