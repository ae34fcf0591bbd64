// Several files that belong together (a round's package: the draft and every unit's 意见反馈表)
// land all or none. Each is written to its own exclusive temp file first; the names are checked
// before anything is recorded; and if one cannot take its name, the ones already placed are
// taken back, so the folder is as it was.
import fs from 'node:fs';
import path from 'node:path';
import { QicaoError } from '../errors.ts';
import { createTemp, existsMessage, ioReason, occupied, placeTemp, type WriteOptions } from './atomic-write.ts';

/** The folder a set of files goes into, resolved; says so when it is missing or not a folder. `what` names the files ("调度表"). */
export function outputFolder(outDir: string, what: string): string {
  const dir = path.resolve(outDir);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw new QicaoError('not-found', `文件夹“${dir}”不存在，请先创建它，或换一个输出位置。`);
  }
  if (!stat.isDirectory()) throw new QicaoError('bad-input', `“${dir}”不是文件夹，请给出用来存放${what}的文件夹。`);
  return dir;
}

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

export interface StagedFiles {
  /** Throws "文件已存在" for the first target name already taken (unless overwriting). */
  assertFree(options?: WriteOptions): void;
  /** Gives every file its real name, or none: a failure takes back the ones placed. */
  commit(options?: WriteOptions): string[];
  /** Removes the temp files (after a failure elsewhere). */
  abandon(): void;
}

export function stageFiles(dir: string, files: NamedBytes[]): StagedFiles {
  const staged: { temp: string; final: string; ino: number }[] = [];
  const abandon = () => {
    for (const s of staged) fs.rmSync(s.temp, { force: true });
  };
  try {
    for (const f of files) {
      const final = path.join(dir, f.name);
      const { temp, fd } = createTemp(final);
      staged.push({ temp, final, ino: 0 });
      try {
        fs.writeSync(fd, f.bytes);
        fs.fsyncSync(fd);
        staged[staged.length - 1].ino = fs.fstatSync(fd).ino;
      } finally {
        fs.closeSync(fd);
      }
    }
  } catch (e) {
    abandon();
    throw new QicaoError('io', `无法在“${dir}”中写入文件（${ioReason(e)}），没有写入任何文件，请换一个文件夹。`);
  }
  return {
    assertFree(options = {}) {
      if (options.overwrite) return;
      for (const s of staged) if (occupied(s.final)) throw new QicaoError('exists', existsMessage(s.final));
    },
    commit(options = {}) {
      const placed: typeof staged = [];
      try {
        for (const s of staged) {
          placeTemp(s.temp, s.final, options);
          placed.push(s);
        }
      } catch (e) {
        // take back only what is still ours (same inode), never a file someone else put there
        for (const s of placed) {
          try {
            if (fs.lstatSync(s.final).ino === s.ino) fs.rmSync(s.final);
          } catch {
            // already gone
          }
        }
        abandon();
        if (e instanceof QicaoError) throw e;
        throw new QicaoError('io', `无法在“${dir}”中写入文件（${ioReason(e)}），没有写入任何文件，请换一个文件夹。`);
      }
      return staged.map((s) => s.final);
    },
    abandon,
  };
}
