// The application menu in Chinese (Electron's default is English). File commands are answered
// here in the main process with native dialogs; undo, redo and find are sent to the page as the
// same keystrokes the page already handles (its history is the plan file's, not a text field's),
// so those items show their accelerator without registering it twice.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  newPlan(): void;
  openPlan(): void;
  openRecent(file: string): void;
  openSample(): void;
  saveCopy(): void;
  /** the keystroke the page handles, e.g. 'Z' with shift for redo */
  sendKey(key: 'Z' | 'F', shift: boolean): void;
  about(): void;
}

export interface MenuOptions {
  /** development build: 重新载入 and the developer tools */
  dev: boolean;
  mac: boolean;
  appName: string;
  recent: { path: string; title: string }[];
}

export function menuTemplate(a: MenuActions, o: MenuOptions): MenuItemConstructorOptions[] {
  const recent: MenuItemConstructorOptions[] = o.recent.length
    ? o.recent.map((r) => ({ label: `${r.title}  —  ${r.path}`, click: () => a.openRecent(r.path) }))
    : [{ label: '（无）', enabled: false }];
  const file: MenuItemConstructorOptions = {
    label: '文件',
    submenu: [
      { label: '新建计划…', accelerator: 'CmdOrCtrl+N', click: () => a.newPlan() },
      { label: '打开…', accelerator: 'CmdOrCtrl+O', click: () => a.openPlan() },
      { label: '打开最近的文件', submenu: recent },
      { label: '打开示例计划', click: () => a.openSample() },
      { type: 'separator' },
      { label: '另存副本…', accelerator: 'CmdOrCtrl+Shift+S', click: () => a.saveCopy() },
      ...(o.mac ? [] : ([{ type: 'separator' }, { label: '退出', role: 'quit', accelerator: 'Ctrl+Q' }] as MenuItemConstructorOptions[])),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '编辑',
    submenu: [
      { label: '撤销', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => a.sendKey('Z', false) },
      { label: '重做', accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false, click: () => a.sendKey('Z', true) },
      { type: 'separator' },
      { label: '剪切', role: 'cut' },
      { label: '复制', role: 'copy' },
      { label: '粘贴', role: 'paste' },
      { label: '全选', role: 'selectAll' },
      { type: 'separator' },
      { label: '查找…', accelerator: 'CmdOrCtrl+F', registerAccelerator: false, click: () => a.sendKey('F', false) },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '视图',
    submenu: [
      ...(o.dev ? ([{ label: '重新载入', role: 'reload' }, { label: '开发者工具', role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[]) : []),
      { label: '实际大小', role: 'resetZoom' },
      { label: '放大', role: 'zoomIn' },
      { label: '缩小', role: 'zoomOut' },
      { type: 'separator' },
      { label: '全屏', role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = { label: '帮助', submenu: [{ label: `关于${o.appName}`, click: () => a.about() }] };
  if (!o.mac) return [file, edit, view, help];
  const appMenu: MenuItemConstructorOptions = {
    label: o.appName,
    submenu: [
      { label: `关于${o.appName}`, click: () => a.about() },
      { type: 'separator' },
      { label: `隐藏${o.appName}`, role: 'hide' },
      { label: '隐藏其他', role: 'hideOthers' },
      { label: '全部显示', role: 'unhide' },
      { type: 'separator' },
      { label: `退出${o.appName}`, role: 'quit' },
    ],
  };
  return [appMenu, file, edit, view, help];
}
