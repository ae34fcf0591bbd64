// Channels for choosing where files go: a native folder dialog (Electron answers it; the HTTP
// host says native=false and the page shows its own Chinese folder picker over folders.list /
// folders.create), and showing a written file in the system's file manager.
// Pure (see ../contract.ts).
import { z } from 'zod';
import { channel } from './define.ts';
import type { FolderListing } from '../../model/views.ts';

export type { FolderListing } from '../../model/views.ts';

const FolderPath = z.string().trim().min(1, '请选择文件夹').max(4096);

export const folderChannels = {
  /** Native folder dialog (can create folders) in Electron; native=false elsewhere. */
  'file.chooseFolder': channel<{ native: boolean; path: string | null }>()(
    z.object({ title: z.string().max(100).optional(), defaultPath: z.string().max(4096).optional() }).strict(),
  ),
  /** Shows the file selected in the file manager (Electron); native=false: the page shows the path instead. */
  'file.showInFolder': channel<{ native: boolean }>()(z.object({ path: FolderPath }).strict()),
  /** Sub-folders of a folder (the plan's folder when none is given), for the in-page picker. */
  'folders.list': channel<FolderListing>()(z.object({ path: z.string().max(4096).optional() }).strict()),
  /** Creates one new folder inside an existing one; refuses names with path separators. */
  'folders.create': channel<{ path: string }>()(
    z
      .object({
        parent: FolderPath,
        name: z
          .string()
          .trim()
          .min(1, '请填写新文件夹的名称')
          .max(120, '文件夹名称太长')
          .refine((n) => !/[\\/:*?"<>|\u0000]/.test(n) && n !== '.' && n !== '..', '文件夹名称不能含有 \\ / : * ? " < > | 等字符'),
      })
      .strict(),
  ),
} as const;
