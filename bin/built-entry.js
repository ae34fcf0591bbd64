// Which code a launcher runs: the bundle `npm run build` (and `npm install`, through `prepare`)
// writes to dist/cli/, so nothing compiles TypeScript at run time. Only a development checkout
// (tsx installed) whose bundle is missing or older than the sources runs the sources through
// tsx instead, so an edit is never hidden behind a stale build.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['core', 'seeds', 'templates', 'http-host'];

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function isCurrent(built) {
  const builtAt = fs.statSync(built, { throwIfNoEntry: false })?.mtimeMs;
  if (builtAt === undefined) return false;
  return SOURCES.every((d) => !fs.existsSync(path.join(root, d)) || newestSource(path.join(root, d)) <= builtAt);
}

/** Imports dist/cli/<name>.mjs, or in a development checkout with a stale build the TypeScript `source`. */
export async function importEntry(name, source) {
  const built = path.join(root, 'dist/cli', `${name}.mjs`);
  const devCheckout = fs.existsSync(path.join(root, 'node_modules/tsx/package.json'));
  if (!devCheckout || isCurrent(built)) {
    if (!fs.existsSync(built)) {
      console.error(`找不到构建好的程序（dist/cli/${name}.mjs），请在起草助手目录中运行 npm run build。`);
      process.exit(2);
    }
    return import(pathToFileURL(built).href);
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import(pathToFileURL(path.join(root, source)).href);
}
