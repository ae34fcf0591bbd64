// What a folder holds, to show an operation left it exactly as it was.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Every entry of a folder (recursively): a file's SHA-256, a link's target, or "dir". */
export function folderState(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!fs.existsSync(dir)) return out;
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const full = path.join(dir, name);
    const st = fs.lstatSync(full);
    out[name] = st.isSymbolicLink() ? `link→${fs.readlinkSync(full)}` : st.isFile() ? crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex') : 'dir';
  }
  return out;
}
