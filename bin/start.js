#!/usr/bin/env node
// `npm start`: the Electron window when Electron's binary is installed and its SQLite binding is
// prepared (npm run prepare:electron, tried here once); otherwise the same UI through the local
// HTTP host, said plainly, on the plan opened last (or the sample) in the user's data folder.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { importEntry, root } from './built-entry.js';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const p = require('electron'); // the package exports the binary's path, and throws when it is missing
    return typeof p === 'string' && fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

function run(args) {
  return spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status === 0;
}

/** The binding electron/main.ts loads; prepare:electron makes it when the network allows. */
function electronBindingReady() {
  return run([path.join(root, 'bin/prepare-electron.js')]);
}

const electron = electronBinary();
if (electron && electronBindingReady()) {
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  if (!run([vite, 'build', '-c', 'electron/vite.config.ts', '--logLevel', 'warn'])) process.exit(1);
  if (!fs.existsSync(path.join(root, 'dist/renderer/index.html')) && !run([vite, 'build', '--logLevel', 'warn'])) process.exit(1);
  // the app folder, not main.cjs: app.getAppPath() is then the repository, as electron/main.ts expects
  // `npm start -- 计划.qicao`: a file named relative to where npm was called from
  const files = process.argv.slice(2).map((a) => (a.startsWith('-') ? a : path.resolve(process.env.INIT_CWD ?? process.cwd(), a)));
  const child = spawn(electron, [root, ...files], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    electron
      ? 'Electron 版数据库组件尚未准备好（见上），改为浏览器服务模式：'
      : '未找到 Electron 程序（离线安装时使用了 ELECTRON_SKIP_BINARY_DOWNLOAD=1，或为生产安装），改为浏览器服务模式：',
  );
  try {
    const { startBrowserHost } = await importEntry('browser-host', 'http-host/start-browser-host.ts');
    await startBrowserHost();
  } catch (e) {
    // one Chinese line, never a stack: core's messages are written for people already
    const message = e instanceof Error ? e.message : String(e);
    console.error(/[\u4e00-\u9fff]/.test(message) ? `起草助手无法启动：${message}` : `起草助手无法启动（${message}），请在起草助手目录中运行 npm install 后重试。`);
    process.exit(1);
  }
}
