#!/usr/bin/env node
// `npm start`: the Electron window when Electron's binary is installed; otherwise the same UI
// through the local HTTP host, said plainly, on the sample plan in the user's data folder.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const p = require('electron'); // the package exports the binary's path, and throws when it is missing
    return typeof p === 'string' && fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

const electron = electronBinary();
if (electron) {
  const built = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'electron/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  const child = spawn(electron, [path.join(root, 'dist/electron/main.cjs')], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('未找到 Electron 程序（离线安装时使用了 ELECTRON_SKIP_BINARY_DOWNLOAD=1），改为浏览器服务模式：');
  const { register } = await import('tsx/esm/api');
  register();
  const { startBrowserHost } = await import('../core/start-browser-host.ts');
  await startBrowserHost();
}
