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
}

export class FakeWebContents extends EventEmitter {
  reloads = 0;
  url: string | null = null;
  /** every page loaded, in order */
  loads: string[] = [];
  inputEvents: { type: string; keyCode: string; modifiers: string[] }[] = [];
  sent: unknown[] = [];
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
    minimized = false;
    focused = 0;
    maximized = false;
    constructor(readonly options: { x?: number; y?: number; width: number; height: number }) {
      super();
      windows.push(this);
    }
    loadURL(url: string) {
      this.webContents.url = url;
      this.webContents.loads.push(url);
      setImmediate(() => this.webContents.emit('did-finish-load'));
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
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
  const module = {
    app,
    BrowserWindow: FakeWindow,
    ipcMain: { handle: (name: string, fn: (event: unknown, ...args: unknown[]) => unknown) => handlers.set(name, fn) },
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
        return { canceled: true, filePaths: [] };
      },
      showMessageBox: async (...args: unknown[]) => {
        calls.dialogs.push({ kind: 'message', options: args[args.length - 1] as Record<string, unknown> });
        return { response: 1 };
      },
      showErrorBox: (title: string, content: string) => calls.dialogs.push({ kind: 'error', options: { title, content } }),
    },
    shell: { showItemInFolder: (file: string) => calls.shown.push(file) },
  };

  /** The page calling a contract channel, as the preload does. */
  async function invoke(channel: string, input: unknown = {}) {
    const win = windows[windows.length - 1];
    const event = { senderFrame: { url: 'app://qicao/index.html', parent: null }, sender: win?.webContents };
    return (await handlers.get('qicao:call')!(event, channel, input)) as { ok: boolean; value?: any; error?: { message: string } };
  }

  return {
    module: { ...module, default: module },
    calls,
    windows,
    invoke,
    /** app 'ready', and a few turns for what main.ts starts then */
    async ready() {
      resolveReady();
      for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
