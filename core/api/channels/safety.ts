// Backups and the ways out when a plan cannot be opened.
import { z } from 'zod';
import type { PlanView } from './plan.ts';
import { channel, empty } from './define.ts';

export interface BackupView {
  path: string;
  createdAt: string;
  reason: string;
  reasonLabel: string;
  size: number;
}

const FilePath = z.string().min(1).max(4096);

export const safetyChannels = {
  'backups.list': channel<BackupView[]>()(empty),
  'backups.create': channel<BackupView>()(empty),
  'backups.restore': channel<PlanView>()(z.object({ path: FilePath }).strict()),
  /** A plan in use elsewhere: open a copy; the original is not touched. */
  'plan.openCopy': channel<PlanView>()(z.object({ path: FilePath }).strict()),
  /** A damaged plan: open a new file made from its newest backup. */
  'plan.openLatestBackup': channel<PlanView>()(z.object({ path: FilePath }).strict()),
  /** Backups that exist for a plan file that is not open (e.g. one that failed to open). */
  'backups.listFor': channel<BackupView[]>()(z.object({ path: FilePath }).strict()),
} as const;
