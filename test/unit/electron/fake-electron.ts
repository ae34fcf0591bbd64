// A small stand-in for the `electron` module: just what electron/main.ts and its helpers call,
// recording what they did so a test can look. The real binary cannot run here.
import { EventEmitter } from 'node:events';

export interface FakeOptions {
  appPath: string;
  userData: string;
  documents: string;
  packaged?: boolean;
  /** false: another instance holds the single-instance lock */
  lock?: boolean;
  /** work areas of the connected displays */
  displays?: { x: number; y: number; width: number; height: number }[];
  /** what the next save dialog answers */
  savePath?: string | null;
  /** what the open dialog answers (a plan file, or a folder for 选择文件夹) */
  openPaths?: string[];
  /** which button a message box answers with (default 1: 取消/确定, the safe one) */
  messageResponse?: number;
}

export class FakeWebContents extends EventEmitter {
  reloads = 0;
  url: string | null = null;
  /** every page loaded, in order */
  loads: string[] = [];
  inputEvents: { type: string; keyCode: string; modifiers: string[] }[] = [];
  sent: unknown[][] = [];
  /** what the page answers to a message from main (the preload's side); default: nothing */
  onSend: ((channel: string, ...args: unknown[]) => void) | null = null;
  send(channel: string, ...args: unknown[]) {
    this.sent.push([channel, ...args]);
    this.onSend?.(channel, ...args);
  }
  setWindowOpenHandler() {}
  reload() {
    this.reloads++;
  }
  sendInputEvent(e: { type: string; keyCode: string; modifiers: string[] }) {
    this.inputEvents.push(e);
  }
}

export function createFakeElectron(o: FakeOptions) {
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  const calls = {
    quit: 0,
    recentDocuments: [] as string[],
    menus: [] as unknown[],
    dialogs: [] as { kind: string; options: Record<string, unknown> }[],
    shown: [] as string[],
  };
  const windows: FakeWindow[] = [];

  class FakeWindow extends EventEmitter {
    webContents = new FakeWebContents();
    destroyed = false;
    closes = 0;
    minimized = false;
    focused = 0;
    maximized = false;
    constructor(readonly options: { x?: number; y?: number; width: number; height: number }) {
      super();
      windows.push(this);
      // the preload answers the window's flush request; a page with nothing pending says all is saved
      this.webContents.onSend = (channel, id) => {
        if (channel === 'qicao:flush') setImmediate(() => ipcMain.emit('qicao:flushed', { sender: this.webContents }, id, true));
      };
    }
    loadURL(url: string) {
      this.webContents.url = url;
      this.webContents.loads.push(url);
      setImmediate(() => this.webContents.emit('did-finish-load'));
      return Promise.resolve();
    }
    isDestroyed() {
      return this.destroyed;
    }
    /** as Electron: 'close' first (a listener may prevent it), then 'closed' */
    close() {
      this.closes++;
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (prevented) return;
      this.destroyed = true;
      this.emit('closed');
    }
    destroy() {
      this.destroyed = true;
      this.emit('closed');
    }
    isMinimized() {
      return this.minimized;
    }
    restore() {
      this.minimized = false;
    }
    show() {}
    focus() {
      this.focused++;
    }
    maximize() {
      this.maximized = true;
    }
    isMaximized() {
      return this.maximized;
    }
    getNormalBounds() {
      return { x: this.options.x ?? 0, y: this.options.y ?? 0, width: this.options.width, height: this.options.height };
    }
    static fromWebContents(wc: FakeWebContents) {
      return windows.find((w) => w.webContents === wc) ?? null;
    }
  }

  const app = Object.assign(new EventEmitter(), {
    isPackaged: o.packaged ?? false,
    name: 'qicao',
    whenReady: () => ready,
    getAppPath: () => o.appPath,
    getPath: (name: string) => (name === 'userData' ? o.userData : name === 'documents' ? o.documents : o.userData),
    getVersion: () => '0.1.0',
    requestSingleInstanceLock: () => o.lock ?? true,
    addRecentDocument: (file: string) => calls.recentDocuments.push(file),
    quit: () => calls.quit++,
  });
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const ipcMain = Object.assign(new EventEmitter(), {
    handle: (name: string, fn: (event: unknown, ...args: unknown[]) => unknown) => handlers.set(name, fn),
  });
  const module = {
    app,
    BrowserWindow: FakeWindow,
    ipcMain,
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: { template: unknown }) => calls.menus.push(menu.template),
    },
    net: { fetch: () => Promise.reject(new Error('no network in the fake')) },
    protocol: { registerSchemesAsPrivileged() {}, handle() {} },
    screen: { getAllDisplays: () => (o.displays ?? [{ x: 0, y: 0, width: 1920, height: 1040 }]).map((workArea) => ({ workArea })) },
    session: {
      defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {}, webRequest: { onHeadersReceived() {} } },
    },
    dialog: {
      showSaveDialog: async (...args: unknown[]) => {
        calls.dialogs.push({ kind: 'save', options: args[args.length - 1] as Record<string, unknown> });
        return o.savePath ? { canceled: false, filePath: o.savePath } : { canceled: true, filePath: undefined };
      },
      showOpenDialog: async (...args: unknown[]) => {
        calls.dialogs.push({ kind: 'open', options: args[args.length - 1] as Record<string, unknown> });
        return o.openPaths?.length ? { canceled: false, filePaths: o.openPaths } : { canceled: true, filePaths: [] };
      },
      showMessageBox: async (...args: unknown[]) => {
        calls.dialogs.push({ kind: 'message', options: args[args.length - 1] as Record<string, unknown> });
        return { response: o.messageResponse ?? 1 };
      },
      showErrorBox: (title: string, content: string) => calls.dialogs.push({ kind: 'error', options: { title, content } }),
    },
    shell: { showItemInFolder: (file: string) => calls.shown.push(file) },
  };

  /** A frame of the window calling a contract channel, as the preload does: our page unless told. */
  async function invokeFrom(frame: { url: string; parent: unknown }, channel: unknown, input: unknown = {}) {
    const win = windows[windows.length - 1];
    const event = { senderFrame: frame, sender: win?.webContents };
    return (await handlers.get('qicao:call')!(event, channel, input)) as { ok: boolean; value?: any; error?: { code?: string; message: string } };
  }

  /** The page calling a contract channel, as the preload does. */
  function invoke(channel: string, input: unknown = {}) {
    return invokeFrom({ url: 'app://qicao/index.html', parent: null }, channel, input);
  }

  return {
    module: { ...module, default: module },
    calls,
    windows,
    invoke,
    invokeFrom,
    ipcMain,
    /** app 'ready', and a few turns for what main.ts starts then */
    async ready() {
      resolveReady();
      for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
