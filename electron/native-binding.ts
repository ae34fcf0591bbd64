// The better-sqlite3 binding the Electron main opens plans with: the copy built for Electron's
// ABI by `npm run prepare:electron` (build/native/electron-<abi>/), shipped by packaging under
// resources/native/. npm's own build in node_modules is for Node and stays as it is.
import fs from 'node:fs';
import path from 'node:path';

export const BINDING_FILE = 'better_sqlite3.node';

export interface BindingPlace {
  /** app.isPackaged */
  packaged: boolean;
  /** app.getAppPath(): the repository root in development */
  appPath: string;
  /** process.resourcesPath of the packaged app */
  resourcesPath: string;
  /** process.versions.modules: Electron's ABI */
  abi: string;
}

export function electronBindingPath(p: BindingPlace): string {
  const folder = `electron-${p.abi}`;
  return p.packaged ? path.join(p.resourcesPath, 'native', folder, BINDING_FILE) : path.join(p.appPath, 'build', 'native', folder, BINDING_FILE);
}

/** The path, or a Chinese explanation of what to run when it is missing. */
export function findElectronBinding(p: BindingPlace): { path: string } | { missing: string } {
  const file = electronBindingPath(p);
  if (fs.existsSync(file)) return { path: file };
  return {
    missing: p.packaged
      ? `安装包缺少数据库组件（${file}），请重新安装起草助手。`
      : `缺少 Electron 版数据库组件（${file}）。请联网后运行 npm run prepare:electron，或不带 Electron 运行 npm start 使用浏览器服务模式。`,
  };
}
