// The file channels only a desktop host can answer: native open/save dialogs. Thin and typed
// against the contract; the chosen path then goes through the ordinary channels (plan.open,
// plan.create, file.saveCopy), so no file is touched here.
import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { contract, type Output, type ParsedInput } from '../core/api/contract.ts';

const PLAN_FILTER = [{ name: '起草助手计划（.qicao）', extensions: ['qicao'] }];

type NativeChannel = 'file.chooseOpen' | 'file.chooseSave';
type NativeHandlers = { [C in NativeChannel]: (win: BrowserWindow, input: ParsedInput<C>) => Promise<Output<C>> };

export const nativeDialogs: NativeHandlers = {
  'file.chooseOpen': async (win) => {
    const r = await dialog.showOpenDialog(win, { title: '打开计划文件', filters: PLAN_FILTER, properties: ['openFile'] });
    return { native: true, path: r.canceled ? null : (r.filePaths[0] ?? null) };
  },
  'file.chooseSave': async (win, input) => {
    const r = await dialog.showSaveDialog(win, {
      title: input.purpose === 'create' ? '新建计划文件' : '另存副本',
      buttonLabel: input.purpose === 'create' ? '新建' : '保存副本',
      defaultPath: input.suggestedName,
      filters: PLAN_FILTER,
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    if (r.canceled || !r.filePath) return { native: true, path: null };
    return { native: true, path: path.extname(r.filePath) ? r.filePath : `${r.filePath}.qicao` };
  },
};

export function isNativeChannel(channel: unknown): channel is NativeChannel {
  return typeof channel === 'string' && Object.prototype.hasOwnProperty.call(nativeDialogs, channel);
}

/** Parses the input with the channel's schema (as dispatch does) and shows the dialog. */
export async function answerNative(win: BrowserWindow, channel: NativeChannel, rawInput: unknown) {
  const parsed = contract[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false as const, error: { code: 'bad-input', message: '文件对话框的参数无效。' } };
  const handler = nativeDialogs[channel] as (w: BrowserWindow, i: unknown) => Promise<unknown>;
  return { ok: true as const, value: await handler(win, parsed.data) };
}
