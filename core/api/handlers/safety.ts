import path from 'node:path';
import { BACKUP_REASON_LABEL, listBackups, type BackupInfo } from '../../store/backups.ts';
import type { BackupView } from '../channels/safety.ts';
import type { safetyChannels } from '../channels/safety.ts';
import { backupNow, backupsOf, openCopy, openLatestBackup, restoreBackup } from '../plan-safety.ts';
import type { HandlersOf } from './types.ts';

const view = (b: BackupInfo): BackupView => ({ ...b, reasonLabel: BACKUP_REASON_LABEL[b.reason] });

export const safetyHandlers: HandlersOf<typeof safetyChannels> = {
  'backups.list': (s) => backupsOf(s).map(view),
  'backups.create': async (s) => {
    const file = await backupNow(s, 'manual');
    return view(listBackups(path.dirname(file)).find((b) => b.path === file)!);
  },
  'backups.restore': (s, i) => restoreBackup(s, i.path),
  'plan.openCopy': (s, i) => openCopy(s, i.path),
  'plan.openLatestBackup': (s, i) => openLatestBackup(s, i.path),
  'backups.listFor': (s, i) => backupsOf(s, i.path).map(view),
};
