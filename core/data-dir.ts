import os from 'node:os';
import path from 'node:path';

/** Where the app keeps its own files (the sample plan, later backups): XDG on Linux. */
export function dataDir(): string {
  const base = process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'qicao');
}
