// The whole bridge the page gets: one named function per contract channel (bridge-surface.ts),
// each bound to its channel. No ipcRenderer, no generic invoke, no Node.
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './bridge-surface.ts';

contextBridge.exposeInMainWorld(
  'qicao',
  buildBridge((channel, input) => ipcRenderer.invoke('qicao:call', channel, input)),
);
