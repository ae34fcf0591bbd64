// Electron host: a window on the same core/api as the HTTP host. Thin by design — it wires
// security, the app:// protocol, one validated IPC channel and the desktop's conventions (files
// opened from the file manager, one running instance, a Chinese menu, recent documents, the
// window's place); all plan logic is in core/.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session as electronSession } from 'electron';
import { bridgeAllows, FLUSH_DONE, FLUSH_REQUEST } from './bridge-surface.ts';
import { IssuedPaths, OVERWRITING_CHANNELS } from './path-guard.ts';
import { answerNative, isNativeChannel } from './native-dialogs.ts';
import { dispatch } from '../core/api/dispatch.ts';
import { Session } from '../core/api/session.ts';
import type { PlanView } from '../core/api/contract.ts';
import { startPeriodicBackups } from '../core/api/plan-safety.ts';
import { CONTENT_SECURITY_POLICY } from '../core/guards/csp.ts';
import { resolveInside } from '../core/guards/static-path.ts';
import { useSqliteBinding } from '../core/store/native-binding.ts';
import { menuTemplate } from './app-menu.ts';
import { explainFailure, fileCommands, openedPlan } from './file-commands.ts';
import { findElectronBinding } from './native-binding.ts';
import { OpenRequests, planFilesFromArgv } from './open-requests.ts';
import { APP_ORIGIN, isTrustedSender, navigationAllowed } from './window-options.ts';
import { readWindowState, writeWindowState } from './window-state.ts';

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const APP_NAME = '起草助手';
const APP_PAGE = `${APP_ORIGIN}/index.html`;
const mac = process.platform === 'darwin';
const appPath = app.getAppPath();
const rendererDir = path.join(appPath, 'dist', 'renderer');
const requests = new OpenRequests();
let planSession: Session | null = null;
let mainWindow: BrowserWindow | null = null;
/** Paths the main process handed the page since launch (dialogs, plans it opened, backups it listed). */
const issued = new IssuedPaths();
/** How long the window waits for the page to write its pending typing before asking the drafter. */
const FLUSH_WAIT_MS = 5000;
let flushSeq = 0;

/**
 * Asks the page (through the preload) to write the typing it still holds; true once it says all
 * was saved. A page that does not answer in time counts as not saved.
 */
function pageFlushed(win: BrowserWindow): Promise<boolean> {
  if (win.isDestroyed()) return Promise.resolve(true);
  const id = ++flushSeq;
  return new Promise((resolve) => {
    const finish = (saved: boolean) => {
      clearTimeout(timer);
      ipcMain.removeListener(FLUSH_DONE, answered);
      resolve(saved);
    };
    const answered = (event: { sender: unknown }, answerId: unknown, saved: unknown) => {
      if (event.sender === win.webContents && answerId === id) finish(saved === true);
    };
    const timer = setTimeout(() => finish(false), FLUSH_WAIT_MS);
    ipcMain.on(FLUSH_DONE, answered);
    win.webContents.send(FLUSH_REQUEST, id);
  });
}

/** The page could not save everything: the drafter decides (the safe answer keeps the window as it is). */
async function goOnDespiteUnsaved(win: BrowserWindow, action: string): Promise<boolean> {
  const r = await dialog.showMessageBox(win, {
    type: 'warning',
    title: '有修改尚未保存',
    message: '有修改尚未保存',
    detail: `刚才输入的部分内容还没有写入计划文件（保存失败或仍在重试）。如果现在${action}，这些内容会丢失。建议先返回，等状态栏不再显示“未保存”。`,
    buttons: [`仍然${action}`, '返回'],
    defaultId: 1,
    cancelId: 1,
  });
  return r.response === 0;
}

function serveApp(request: Request): Promise<Response> | Response {
  const file = resolveInside(rendererDir, new URL(request.url).pathname);
  if (!file) return new Response('找不到该页面。', { status: 404 });
  return net
    .fetch(pathToFileURL(file).toString())
    .then(
      (res) =>
        new Response(res.body, { status: res.status, headers: { 'content-type': res.headers.get('content-type') ?? '', 'content-security-policy': CONTENT_SECURITY_POLICY } }),
    );
}

function createWindow(): BrowserWindow {
  const dataDir = app.getPath('userData');
  const state = readWindowState(
    dataDir,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    title: APP_NAME,
    // Written out here (not built by a helper) so that Electronegativity can read them in CI.
    webPreferences: {
      // The preload exposes one function (invoke a contract channel) through contextBridge and
      // runs sandboxed; every call is checked for its sender frame and parsed by its schema.
      preload: path.join(appPath, 'dist', 'electron', 'preload.cjs') /* eng-disable PRELOAD_JS_CHECK */,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // middle-click opens links in new windows; we have none
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) win.maximize();
  // the page writes its pending typing first; the window closes once it has (or the drafter says so)
  let mayClose = false;
  win.on('close', (e?: { preventDefault(): void }) => {
    if (mayClose || !e) return;
    e.preventDefault();
    void pageFlushed(win)
      .then((saved) => saved || goOnDespiteUnsaved(win, '关闭'))
      .then((close) => {
        if (!close || win.isDestroyed()) return;
        mayClose = true;
        win.close();
      });
  });
  win.on('close', () => writeWindowState(dataDir, win.getNormalBounds(), win.isMaximized()));
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (e, url) => navigationAllowed(url) || e.preventDefault());
  win.webContents.on('will-redirect', (e, url) => navigationAllowed(url) || e.preventDefault());
  void win.loadURL(APP_PAGE);
  return win;
}

function showWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function buildMenu(): void {
  const recent = (planSession?.recent() ?? []).filter((r) => r.exists).slice(0, 10);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(commands, { dev: !app.isPackaged, mac, appName: APP_NAME, recent })));
}

/** A plan is now open (by the page, the menu, or the file manager): the OS and the menu learn of it. */
function noteOpened(file: string): void {
  app.addRecentDocument(file);
  buildMenu();
}

/**
 * Opens another plan from outside the page (file manager, menu). The page may still hold typing
 * not yet saved, or a save in flight, for the current plan: it is sent to a blank page first, so
 * its last calls land in the plan they were meant for and none reaches the new one; then the
 * plan is switched and the page starts over on it.
 */
function switchTo(failure: string, open: () => PlanView): void {
  const win = mainWindow;
  const finish = () => {
    try {
      const opened = open().path;
      issued.file(opened);
      noteOpened(opened);
    } catch (e) {
      commands.fail(failure, e); // the plan that was open stays open
    }
    if (win && !win.isDestroyed()) void win.loadURL(APP_PAGE);
    showWindow();
  };
  if (!win) return finish();
  // the page writes what it still holds first, into the plan it was typed in
  void pageFlushed(win)
    .then((saved) => saved || goOnDespiteUnsaved(win, '打开另一个计划'))
    .then((go) => {
      if (!go || win.isDestroyed()) return;
      win.webContents.once('did-finish-load', finish);
      void win.loadURL('about:blank');
    });
}

function openRequested(file: string): void {
  if (!planSession) return;
  issued.file(file); // named by the drafter (file manager, command line, menu dialog)
  const session = planSession;
  switchTo(`无法打开“${path.basename(file)}”`, () => session.open(file));
}

const commands = {
  ...fileCommands({
    session: () => planSession!,
    window: () => mainWindow,
    switchTo,
    open: openRequested,
  }),
  openRecent: openRequested,
  /** Undo, redo and find are the page's own keys (see app-menu.ts). */
  sendKey(key: 'Z' | 'F', shift: boolean) {
    const modifiers: ('control' | 'meta' | 'shift')[] = [mac ? 'meta' : 'control', ...(shift ? (['shift'] as const) : [])];
    mainWindow?.webContents.sendInputEvent({ type: 'keyDown', keyCode: key, modifiers });
    mainWindow?.webContents.sendInputEvent({ type: 'keyUp', keyCode: key, modifiers });
  },
};

/**
 * What the window shows first: the plan asked for (file manager, command line), else the plan
 * open last time, else the welcome page — the sample only when the drafter chooses it there.
 */
function openAtStart(session: Session, requested: string | null): void {
  if (requested) {
    issued.file(requested);
    try {
      noteOpened(session.open(requested).path);
      return;
    } catch (e) {
      commands.fail(`无法打开“${path.basename(requested)}”`, e);
    }
  }
  const last = session.recent().find((r) => r.exists);
  if (!last) return;
  try {
    session.open(last.path);
  } catch {
    // held by another program, damaged since: the welcome page lets the drafter choose
  }
}

function start(): void {
  const binding = findElectronBinding({ packaged: app.isPackaged, appPath, resourcesPath: process.resourcesPath ?? '', abi: process.versions.modules });
  if ('missing' in binding) {
    dialog.showErrorBox('起草助手无法启动', binding.missing); // modal: shown before the quit below
    app.quit();
    return;
  }
  // plans are opened with better-sqlite3 built for Electron's ABI, not npm's Node build
  useSqliteBinding(binding.path);
  const session = new Session(app.getPath('userData'));
  planSession = session;
  const requested = requests.attach(openRequested) ?? planFilesFromArgv(process.argv, process.cwd())[0] ?? null;
  openAtStart(session, requested);
  startPeriodicBackups(session);
  protocol.handle('app', serveApp);
  electronSession.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  electronSession.defaultSession.setPermissionCheckHandler(() => false);
  // The same CSP on every response, whatever served it.
  electronSession.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  ipcMain.handle('qicao:call', async (event, channel: unknown, input: unknown) => {
    // sender first, schema second: an untrusted frame gets nothing, not even a parse error
    if (!isTrustedSender(event.senderFrame)) return { ok: false, error: { code: 'forbidden', message: '拒绝访问。' } };
    if (!bridgeAllows(channel)) return { ok: false, error: { code: 'forbidden', message: '桌面版不提供这项操作。' } }; // same surface as the preload
    // file dialogs are the desktop's own; every other channel is core's
    const win = BrowserWindow.fromWebContents(event.sender);
    // a path from the page must be one main handed out, or lie in the open plan's folder
    const refusal = issued.check(channel, input, { planPath: session.view()?.path ?? null, recent: session.recent().map((r) => r.path) });
    if (refusal) return { ok: false, error: { code: 'forbidden', message: refusal } };
    if (isNativeChannel(channel) && win) {
      const answer = await answerNative(win, channel, input, { plan: openedPlan(session), documentsDir: app.getPath('documents') });
      const chosen = answer.ok ? (answer.value as { path?: string | null }).path : null;
      if (channel === 'file.chooseFolder') issued.folder(chosen);
      else if (channel === 'file.chooseOpen' || channel === 'file.chooseSave') issued.file(chosen);
      return answer;
    }
    const before = session.view()?.path ?? null;
    const reply = await callReplacingOnlyWhenConfirmed(session, win, channel, input);
    const after = session.view()?.path ?? null;
    if (after && after !== before) {
      issued.file(after);
      noteOpened(after);
    }
    if (reply.ok && (channel === 'backups.list' || channel === 'backups.listFor' || channel === 'backups.create')) {
      for (const b of ([] as { path: string }[]).concat(reply.value as { path: string } | { path: string }[])) issued.backup(b.path);
    }
    return reply;
  });
  buildMenu();
  mainWindow = createWindow();
}

/**
 * An export that would replace a file: the page's own `overwrite` is ignored; when the file is
 * there, the drafter is asked in a native dialog, and only a yes there replaces it.
 */
async function callReplacingOnlyWhenConfirmed(session: Session, win: BrowserWindow | null, channel: string, input: unknown) {
  if (!OVERWRITING_CHANNELS.has(channel) || typeof input !== 'object' || input === null) return dispatch(session, channel, input);
  const { overwrite: _ignored, ...asked } = input as Record<string, unknown>;
  const first = await dispatch(session, channel, asked);
  if (first.ok || first.error.code !== 'exists') return first;
  const options = {
    type: 'warning' as const,
    title: '文件已存在',
    message: '要替换已有的文件吗？',
    detail: first.error.message,
    buttons: ['替换', '取消'],
    defaultId: 1,
    cancelId: 1,
  };
  const r = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  if (r.response !== 0) return { ok: false as const, error: { code: 'cancelled', message: '已取消：已有的文件未被替换。' } };
  return dispatch(session, channel, { ...asked, overwrite: true });
}

// One running app: a plan double-clicked while it runs opens in the existing window.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_e, argv, workingDirectory) => {
    const [file] = planFilesFromArgv(argv, workingDirectory);
    if (file) requests.request(file);
    else showWindow();
  });
  // macOS: a plan opened from Finder, also before the app is ready
  app.on('open-file', (e, file) => {
    e.preventDefault();
    requests.request(file);
  });
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault());
  });
  app
    .whenReady()
    .then(start)
    .catch((e) => {
      dialog.showErrorBox('起草助手无法启动', explainFailure(e));
      app.quit();
    });
  app.on('window-all-closed', () => {
    planSession?.close();
    app.quit();
  });
}
