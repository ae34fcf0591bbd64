// Electron host: a window on the same core/api as the HTTP host. Thin by design — it wires
// security, the app:// protocol and one validated IPC channel; all logic is in core/.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, net, protocol, session as electronSession } from 'electron';
import { answerNative, isNativeChannel } from './native-dialogs.ts';
import { dispatch } from '../core/api/dispatch.ts';
import { Session } from '../core/api/session.ts';
import { startPeriodicBackups } from '../core/api/plan-safety.ts';
import { CONTENT_SECURITY_POLICY } from '../core/guards/csp.ts';
import { resolveInside } from '../core/guards/static-path.ts';
import { APP_ORIGIN, isTrustedSender, navigationAllowed } from './window-options.ts';

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const rendererDir = path.join(__dirname, '..', 'renderer');
let planSession: Session;

function serveApp(request: Request): Promise<Response> | Response {
  const file = resolveInside(rendererDir, new URL(request.url).pathname);
  if (!file) return new Response('找不到该页面。', { status: 404 });
  return net.fetch(pathToFileURL(file).toString()).then(
    (res) => new Response(res.body, { status: res.status, headers: { 'content-type': res.headers.get('content-type') ?? '', 'content-security-policy': CONTENT_SECURITY_POLICY } }),
  );
}

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    title: '起草助手',
    // Written out here (not built by a helper) so that Electronegativity can read them in CI.
    webPreferences: {
      // The preload exposes one function (invoke a contract channel) through contextBridge and
      // runs sandboxed; every call is checked for its sender frame and parsed by its schema.
      preload: path.join(__dirname, 'preload.cjs'), /* eng-disable PRELOAD_JS_CHECK */
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
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (e, url) => navigationAllowed(url) || e.preventDefault());
  win.webContents.on('will-redirect', (e, url) => navigationAllowed(url) || e.preventDefault());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-attach-webview', (e) => e.preventDefault());
});

app.whenReady().then(() => {
  planSession = new Session(app.getPath('userData'));
  planSession.openSample();
  startPeriodicBackups(planSession);
  protocol.handle('app', serveApp);
  electronSession.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  electronSession.defaultSession.setPermissionCheckHandler(() => false);
  // The same CSP on every response, whatever served it.
  electronSession.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  ipcMain.handle('qicao:call', (event, channel: unknown, input: unknown) => {
    // sender first, schema second: an untrusted frame gets nothing, not even a parse error
    if (!isTrustedSender(event.senderFrame)) return { ok: false, error: { code: 'forbidden', message: '拒绝访问。' } };
    // file dialogs are the desktop's own; every other channel is core's
    const win = BrowserWindow.fromWebContents(event.sender);
    if (isNativeChannel(channel) && win) return answerNative(win, channel, input);
    return dispatch(planSession, channel, input);
  });
  createWindow();
});

app.on('window-all-closed', () => {
  planSession?.close();
  app.quit();
});
