// The whole bridge the page gets: one named function per contract channel (bridge-surface.ts),
// each bound to its channel, and the window's request to write pending typing before it closes
// or switches plans. No ipcRenderer, no generic invoke, no Node.
//
// Runs sandboxed: it may require only `electron` (and a few built-ins), so it is built into one
// self-standing file (electron/vite.config.ts) with everything it uses inlined.
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge, FLUSH_DONE, FLUSH_REQUEST, type QicaoBridge, type QicaoWindowBridge } from './bridge-surface.ts';

const qicao = buildBridge((channel, input) => ipcRenderer.invoke('qicao:call', channel, input)) satisfies QicaoBridge;
contextBridge.exposeInMainWorld('qicao', qicao);

let flushPage: (() => Promise<boolean>) | null = null;
ipcRenderer.on(FLUSH_REQUEST, (_event, id: unknown) => {
  // the answer always goes back, so the window never waits on a page that cannot answer
  const answer = (saved: boolean) => ipcRenderer.send(FLUSH_DONE, id, saved);
  if (!flushPage) return answer(true);
  flushPage().then(
    (saved) => answer(saved === true),
    () => answer(false),
  );
});
const qicaoWindow: QicaoWindowBridge = Object.freeze({
  onFlushRequest(flush: () => Promise<boolean>) {
    if (typeof flush === 'function') flushPage = flush;
  },
});
contextBridge.exposeInMainWorld('qicaoWindow', qicaoWindow);
