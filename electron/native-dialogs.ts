// The file channels only a desktop host can answer: native open/save dialogs. Thin and typed
// against the contract; the chosen path then goes through the ordinary channels (plan.open,
// plan.create, file.saveCopy), so no file is touched here.
import path from 'node:path';
import { dialog, shell, type BrowserWindow } from 'electron';
import { contract, type Output, type ParsedInput } from '../core/api/contract.ts';
import { proposeSavePath, type OpenPlan } from './save-name.ts';

const PLAN_FILTER = [{ name: '起草助手计划（.qicao）', extensions: ['qicao'] }];

type NativeChannel = 'file.chooseOpen' | 'file.chooseSave' | 'file.chooseFolder' | 'file.showInFolder';
/** What a dialog needs to know of the app: the open plan (its folder and title name the file proposed). */
export interface DialogContext {
  plan: OpenPlan | null;
  documentsDir: string;
}
type NativeHandlers = { [C in NativeChannel]: (win: BrowserWindow, input: ParsedInput<C>, ctx: DialogContext) => Promise<Output<C>> };

export const nativeDialogs: NativeHandlers = {
  'file.chooseOpen': async (win) => {
    const r = await dialog.showOpenDialog(win, { title: '打开计划文件', filters: PLAN_FILTER, properties: ['openFile'] });
    return { native: true, path: r.canceled ? null : (r.filePaths[0] ?? null) };
  },
  'file.chooseSave': async (win, input, ctx) => {
    const r = await dialog.showSaveDialog(win, {
      title: input.purpose === 'create' ? '新建计划文件' : '另存副本',
      buttonLabel: input.purpose === 'create' ? '新建' : '保存副本',
      defaultPath: proposeSavePath(input.purpose, ctx.plan, input.suggestedName, ctx.documentsDir),
      filters: PLAN_FILTER,
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    if (r.canceled || !r.filePath) return { native: true, path: null };
    return { native: true, path: path.extname(r.filePath) ? r.filePath : `${r.filePath}.qicao` };
  },
  // where a round's package or an export goes; the dialog can make a new folder
  'file.chooseFolder': async (win, input) => {
    const r = await dialog.showOpenDialog(win, {
      title: input.title ?? '选择文件夹',
      buttonLabel: '选择此文件夹',
      defaultPath: input.defaultPath,
      properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
    });
    return { native: true, path: r.canceled ? null : (r.filePaths[0] ?? null) };
  },
  'file.showInFolder': async (_win, input) => {
    shell.showItemInFolder(path.resolve(input.path));
    return { native: true };
  },
};

export function isNativeChannel(channel: unknown): channel is NativeChannel {
  return typeof channel === 'string' && Object.prototype.hasOwnProperty.call(nativeDialogs, channel);
}

/** Parses the input with the channel's schema (as dispatch does) and shows the dialog. */
export async function answerNative(win: BrowserWindow, channel: NativeChannel, rawInput: unknown, ctx: DialogContext) {
  const parsed = contract[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false as const, error: { code: 'bad-input', message: '文件对话框的参数无效。' } };
  const handler = nativeDialogs[channel] as (w: BrowserWindow, i: unknown, c: DialogContext) => Promise<unknown>;
  return { ok: true as const, value: await handler(win, parsed.data, ctx) };
}
