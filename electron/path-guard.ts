// Paths the desktop page may name. The page is not trusted with the disk: a script that got into
// it could otherwise create, overwrite or export onto any file. So in the desktop app a path a
// channel receives must be one the main process handed out itself — chosen in a native dialog
// it showed since launch, a plan it opened (command line, file manager, recent list), a backup
// it listed — or lie in the open plan's own folder. Replacing an existing file needs the
// drafter's yes in a native dialog (main.ts), never the page's `overwrite` flag.
//
// The HTTP host has no native dialogs and keeps its own rules (the in-page folder picker).
import path from 'node:path';

/** How a channel uses a path it is given. */
type Use =
  /** an existing file to open or read: a plan (or a copy or backup of it to make), a document to check */
  | 'plan'
  /** a new file to write; its extension is fixed */
  | 'new-file'
  /** a folder to write exports into */
  | 'folder'
  /** a backup file of the open plan, as listed */
  | 'backup'
  /** a file to show in the file manager */
  | 'reveal'
  /** a path only remembered or suggested, never read or written (the recent list, a dialog's start) */
  | 'harmless';

interface PathField {
  field: string;
  use: Use;
  ext?: string;
}

/**
 * Every channel whose input names a place on disk (the test checks no contract channel with a
 * path-like field is missing here). folders.list / folders.create are not on the desktop bridge.
 */
export const PATH_CHANNELS: Readonly<Record<string, readonly PathField[]>> = {
  'plan.open': [{ field: 'path', use: 'plan' }],
  'plan.create': [{ field: 'path', use: 'new-file', ext: '.qicao' }],
  'plan.openCopy': [{ field: 'path', use: 'plan' }],
  'plan.openLatestBackup': [{ field: 'path', use: 'plan' }],
  'backups.listFor': [{ field: 'path', use: 'plan' }],
  'backups.restore': [{ field: 'path', use: 'backup' }],
  'file.saveCopy': [{ field: 'path', use: 'new-file', ext: '.qicao' }],
  'file.forgetRecent': [{ field: 'path', use: 'harmless' }],
  'file.showInFolder': [{ field: 'path', use: 'reveal' }],
  'file.chooseFolder': [{ field: 'defaultPath', use: 'harmless' }],
  'import.plan': [{ field: 'targetPath', use: 'new-file', ext: '.qicao' }],
  'import.commit': [{ field: 'targetPath', use: 'new-file', ext: '.qicao' }],
  'import.file': [
    { field: 'path', use: 'plan' },
    { field: 'targetPath', use: 'new-file', ext: '.qicao' },
  ],
  'review.checkFile': [{ field: 'path', use: 'plan' }],
  'export.save': [{ field: 'outDir', use: 'folder' }],
  'export.package': [{ field: 'outDir', use: 'folder' }],
  'drafts.saveComparison': [{ field: 'outDir', use: 'folder' }],
  'consult.sendRound': [{ field: 'outDir', use: 'folder' }],
  'consult.exportPackage': [{ field: 'outDir', use: 'folder' }],
  'consult.exportAdoptionTable': [{ field: 'path', use: 'new-file', ext: '.docx' }],
  'year.writeForms': [{ field: 'outDir', use: 'folder' }],
  'year.saveDocument': [{ field: 'outDir', use: 'folder' }],
  'year.nextYear': [{ field: 'path', use: 'new-file', ext: '.qicao' }],
  'folders.list': [{ field: 'path', use: 'folder' }],
  'folders.create': [{ field: 'parent', use: 'folder' }],
};

/** Channels that may replace an existing file: only after a native confirmation. */
export const OVERWRITING_CHANNELS: ReadonlySet<string> = new Set([
  'export.save',
  'export.package',
  'drafts.saveComparison',
  'consult.sendRound',
  'consult.exportPackage',
  'consult.exportAdoptionTable',
  'year.writeForms',
  'year.saveDocument',
]);

/** What the page may name right now besides what was issued: the open plan, the recent list. */
export interface PlaceContext {
  planPath: string | null;
  recent: readonly string[];
}

const norm = (p: string) => path.resolve(p);

/** The places the main process handed out since launch. */
export class IssuedPaths {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();
  private readonly backups = new Set<string>();

  /** a file chosen in an open or save dialog, or opened by the main process itself */
  file(p: string | null | undefined): void {
    if (p) this.files.add(norm(p));
  }
  /** a folder chosen in a folder dialog */
  folder(p: string | null | undefined): void {
    if (p) this.folders.add(norm(p));
  }
  /** a backup the page was shown (backups.list / backups.listFor) */
  backup(p: string): void {
    this.backups.add(norm(p));
  }

  /** A Chinese refusal, or null when every path the input names is allowed. */
  check(channel: string, input: unknown, ctx: PlaceContext): string | null {
    const fields = PATH_CHANNELS[channel];
    if (!fields || typeof input !== 'object' || input === null) return null;
    for (const f of fields) {
      const value = (input as Record<string, unknown>)[f.field];
      if (value === undefined || f.use === 'harmless') continue;
      if (typeof value !== 'string' || !value.trim()) continue; // the schema refuses it next
      const refusal = this.refusal(f, norm(value.trim()), ctx);
      if (refusal) return refusal;
    }
    return null;
  }

  private refusal(f: PathField, p: string, ctx: PlaceContext): string | null {
    const planDir = ctx.planPath ? path.dirname(norm(ctx.planPath)) : null;
    const inGivenFolder = (file: string) => {
      const dir = path.dirname(file);
      return this.folders.has(dir) || dir === planDir;
    };
    const refuse = (what: string) => `桌面版只写入或打开您在系统对话框中选择的位置：“${p}”${what}。请用“选择…”或“打开…”按钮重新选择。`;
    switch (f.use) {
      case 'plan': {
        const known = this.files.has(p) || ctx.recent.some((r) => norm(r) === p) || (ctx.planPath !== null && norm(ctx.planPath) === p);
        return known || inGivenFolder(p) ? null : refuse('不是您选择或打开过的文件，也不在当前计划所在的文件夹中');
      }
      case 'new-file':
        if (f.ext && path.extname(p).toLowerCase() !== f.ext) return `文件名须以 ${f.ext} 结尾：“${path.basename(p)}”。请换一个文件名。`;
        return this.files.has(p) || inGivenFolder(p) ? null : refuse('不在您选择的文件夹或当前计划所在的文件夹中');
      case 'folder':
        return this.folders.has(p) || p === planDir ? null : refuse('不是您选择的文件夹，也不是当前计划所在的文件夹');
      case 'backup':
        return this.backups.has(p) ? null : refuse('不是起草助手列出的备份文件');
      case 'reveal': {
        // what an export wrote may sit in a sub-folder it made (a round's package)
        const under = [...this.folders, ...(planDir ? [planDir] : [])].some((dir) => p === dir || p.startsWith(dir + path.sep));
        return this.files.has(p) || under ? null : refuse('不在您选择的位置中');
      }
      default:
        return null;
    }
  }
}
