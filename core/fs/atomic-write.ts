// Writes a file so that it is either the old file or the whole new one, never half: a temp file
// in the same folder, flushed to disk, then moved onto the target.
//
// Written for a folder someone else may have prepared: the temp file gets a random name and is
// created exclusively without following links (a link planted at a guessable name cannot
// redirect the write), and the move never writes through a link at the target. An existing
// file — a filled-in 意见反馈表, an earlier export — is only replaced when the caller says so.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { QicaoError } from '../errors.ts';
import { pauseForTest } from '../test-pause.ts';

const { O_CREAT, O_EXCL, O_WRONLY, O_NOFOLLOW } = fs.constants;

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
    try {
      // only files and links we could have left; a folder planted at such a name is not ours
      // and must not stop the write (it is skipped, and the new temp takes another name)
      if (fs.lstatSync(path.join(dir, name)).isDirectory()) continue;
      fs.rmSync(path.join(dir, name), { force: true }); // rm removes a link itself, never its target
    } catch {
      // gone meanwhile, or not ours to remove: it does not block this write
    }
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

export interface WriteOptions {
  /** Replace a file already at the target (the drafter was asked). Default: refuse. */
  overwrite?: boolean;
}

export function existsMessage(target: string): string {
  return `文件已存在：“${path.basename(target)}”（在“${path.dirname(target)}”中），未覆盖；如要替换它，请确认覆盖，或换一个文件名。`;
}

/** lstat: a link (even a dangling one) counts as something already there. */
export function occupied(target: string): boolean {
  try {
    fs.lstatSync(target);
    return true;
  } catch {
    return false;
  }
}

export function ioReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return '文件夹不存在';
  if (code === 'EACCES' || code === 'EPERM') return '没有写入权限';
  if (code === 'EISDIR') return '目标是文件夹';
  if (code === 'ENOSPC') return '磁盘空间不足';
  if (code === 'ELOOP') return '目标是符号链接';
  return code ?? (e as Error).message;
}

/** A fresh temp file beside `target`, created exclusively and not through a link. */
export function createTemp(target: string): { temp: string; fd: number } {
  const full = path.resolve(target);
  const dir = path.dirname(full);
  removeStaleTemps(dir, path.basename(full));
  // a name taken (by anything: a file, a link, a planted folder) is never written through;
  // another random name is tried instead
  for (let attempt = 0; ; attempt++) {
    const temp = path.join(dir, `.${path.basename(full)}.${process.pid}.${crypto.randomBytes(8).toString('hex')}.tmp`);
    try {
      return { temp, fd: fs.openSync(temp, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW, 0o644) };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (attempt >= 7 || (code !== 'EEXIST' && code !== 'EISDIR' && code !== 'ELOOP')) throw e;
    }
  }
}

/**
 * Moves a finished temp file onto its target. Without overwrite the move is a hard link, which
 * fails if anything (a file, a link) took the name meanwhile; on file systems without hard
 * links (FAT USB sticks) it falls back to a check and a rename. rename replaces a link at the
 * target by the file; it never writes into what the link points to.
 */
export function placeTemp(temp: string, target: string, options: WriteOptions = {}): void {
  if (options.overwrite) {
    if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    fs.renameSync(temp, target);
    return;
  }
  try {
    fs.linkSync(temp, target);
    fs.rmSync(temp, { force: true });
    return;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new QicaoError('exists', existsMessage(target));
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw e;
  }
  if (occupied(target)) throw new QicaoError('exists', existsMessage(target));
  fs.renameSync(temp, target);
}

export function writeFileAtomic(target: string, data: Buffer | string | Uint8Array, options: WriteOptions = {}): void {
  const full = path.resolve(target);
  if (!options.overwrite && occupied(full)) throw new QicaoError('exists', existsMessage(full));
  let temp: string | null = null;
  try {
    const made = createTemp(full);
    temp = made.temp;
    try {
      fs.writeSync(made.fd, typeof data === 'string' ? Buffer.from(data) : data);
      fs.fsyncSync(made.fd);
    } finally {
      fs.closeSync(made.fd);
    }
    pauseForTest('before-commit'); // test-only: the kill tests stop here (core/test-pause.ts)
    placeTemp(temp, full, options); // the commit: the target is now the whole new file
    pauseForTest('after-commit');
  } catch (e) {
    if (temp) fs.rmSync(temp, { force: true });
    if (e instanceof QicaoError) throw e;
    throw new QicaoError('io', `无法写入“${full}”（${ioReason(e)}），请换一个保存位置。`);
  }
}

/** Copies a file (read through links: the drafter chose it) to a target written as above. */
export function copyFileAtomic(source: string, target: string, options: WriteOptions = {}): void {
  const full = path.resolve(target);
  if (!options.overwrite && occupied(full)) throw new QicaoError('exists', existsMessage(full));
  let temp: string | null = null;
  try {
    const made = createTemp(full);
    temp = made.temp;
    const from = fs.openSync(source, 'r');
    try {
      const chunk = Buffer.alloc(1024 * 1024);
      for (let n: number; (n = fs.readSync(from, chunk, 0, chunk.length, null)) > 0;) fs.writeSync(made.fd, chunk, 0, n);
      fs.fsyncSync(made.fd);
    } finally {
      fs.closeSync(from);
      fs.closeSync(made.fd);
    }
    placeTemp(temp, full, options);
  } catch (e) {
    if (temp) fs.rmSync(temp, { force: true });
    if (e instanceof QicaoError) throw e;
    throw new QicaoError('io', `无法写入“${full}”（${ioReason(e)}），请检查磁盘空间和权限。`);
  }
}
