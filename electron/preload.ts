// The whole bridge the page gets: one function. No ipcRenderer, no Node.
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('qicao', {
  invoke: (channel: string, input: unknown) => {
    if (typeof channel !== 'string') return Promise.reject(new Error('channel'));
    return ipcRenderer.invoke('qicao:call', channel, input);
  },
});
