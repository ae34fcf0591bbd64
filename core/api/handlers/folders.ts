// Folder channels in plain Node. The native ones answer native=false here: only the desktop
// host (electron/native-dialogs.ts) can show a system dialog or the file manager.
import { createFolder, listFolders } from '../../folders/list-folders.ts';
import type { folderChannels } from '../channels/folders.ts';
import type { HandlersOf } from './types.ts';

export const folderHandlers: HandlersOf<typeof folderChannels> = {
  'file.chooseFolder': () => ({ native: false, path: null }),
  'file.showInFolder': () => ({ native: false }),
  'folders.list': (s, i) => listFolders(i.path, s.view()?.path ?? null),
  'folders.create': (_s, i) => createFolder(i.parent, i.name),
};
