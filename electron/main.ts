// Electron host: a window on the same core/api as the HTTP host. Thin by design — it wires
// security, the app:// protocol, one validated IPC channel and the desktop's conventions (files
// opened from the file manager, one running instance, a Chinese menu, recent documents, the
// window's place); all plan logic is in core/.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session as electronSession } from 'electron';
import { bridgeAllows } from './bridge-surface.ts';
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

function serveApp(request: Request): Promise<Response> | Response {
  const file = resolveInside(rendererDir, new URL(request.url).pathname);
  if (!file) return new Response('找不到该页面。', { status: 404 });
  return net.fetch(pathToFileURL(file).toString()).then(
    (res) => new Response(res.body, { status: res.status, headers: { 'content-type': res.headers.get('content-type') ?? '', 'content-security-policy': CONTENT_SECURITY_POLICY } }),
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
      preload: path.join(appPath, 'dist', 'electron', 'preload.cjs'), /* eng-disable PRELOAD_JS_CHECK */
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
      noteOpened(open().path);
    } catch (e) {
      commands.fail(failure, e); // the plan that was open stays open
    }
    if (win && !win.isDestroyed()) void win.loadURL(APP_PAGE);
    showWindow();
  };
  if (!win) return finish();
  win.webContents.once('did-finish-load', finish);
  void win.loadURL('about:blank');
}

function openRequested(file: string): void {
  if (!planSession) return;
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
    if (isNativeChannel(channel) && win) return answerNative(win, channel, input, { plan: openedPlan(session), documentsDir: app.getPath('documents') });
    const before = session.view()?.path ?? null;
    const reply = await dispatch(session, channel, input);
    const after = session.view()?.path ?? null;
    if (after && after !== before) noteOpened(after);
    return reply;
  });
  buildMenu();
  mainWindow = createWindow();
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
