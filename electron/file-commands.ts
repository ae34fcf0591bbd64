// The File and Help menu commands: native dialogs in the main process, then the same Session
// calls the page's own buttons make, through the host's switchTo (which lets the page go first).
import path from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { Session } from '../core/api/session.ts';
import type { PlanView } from '../core/api/contract.ts';
import { proposeSavePath } from './save-name.ts';

const PLAN_FILTER = [{ name: '起草助手计划（.qicao）', extensions: ['qicao'] }];

export interface FileCommandHost {
  session(): Session;
  window(): BrowserWindow | null;
  /** Runs `open` (which opens or creates a plan) once the page has let go of the current one, then shows it; `failure` titles an error. */
  switchTo(failure: string, open: () => PlanView): void;
  /** opens a file the way a double-click does */
  open(file: string): void;
}

const withQicao = (file: string) => (path.extname(file) ? file : `${file}.qicao`);

export function openedPlan(s: Session) {
  const v = s.view();
  return v ? { path: v.path, title: v.title, year: v.year } : null;
}

/** One Chinese line for a failure: core's errors are already written for people. */
export function explainFailure(e: unknown): string {
  const message = (e as Error)?.message ?? String(e);
  return /[\u4e00-\u9fff]/.test(message) ? message : `操作未完成：${message}`;
}

export function fileCommands(host: FileCommandHost) {
  const documents = () => app.getPath('documents');
  const fail = (title: string, e: unknown) => {
    const win = host.window();
    const options = { type: 'error' as const, title, message: title, detail: explainFailure(e) };
    void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  };
  return {
    async newPlan() {
      const win = host.window();
      const options = {
        title: '新建计划文件',
        buttonLabel: '新建',
        defaultPath: proposeSavePath('create', openedPlan(host.session()), '', documents()),
        filters: PLAN_FILTER,
        properties: ['showOverwriteConfirmation', 'createDirectory'] as ('showOverwriteConfirmation' | 'createDirectory')[],
      };
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (r.canceled || !r.filePath) return;
      const file = withQicao(r.filePath);
      host.switchTo('无法新建计划', () => host.session().create(file, false));
    },
    async openPlan() {
      const win = host.window();
      const options = { title: '打开计划文件', filters: PLAN_FILTER, properties: ['openFile'] as 'openFile'[] };
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      if (!r.canceled && r.filePaths[0]) host.open(r.filePaths[0]);
    },
    openSample() {
      host.switchTo('无法打开示例计划', () => host.session().openSample());
    },
    async saveCopy() {
      const win = host.window();
      const plan = openedPlan(host.session());
      if (!plan) {
        fail('无法另存副本', new Error('尚未打开计划文件，请先打开或新建一个计划。'));
        return;
      }
      const options = {
        title: '另存副本',
        buttonLabel: '保存副本',
        defaultPath: proposeSavePath('copy', plan, '', documents()),
        filters: PLAN_FILTER,
        properties: ['showOverwriteConfirmation', 'createDirectory'] as ('showOverwriteConfirmation' | 'createDirectory')[],
      };
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (r.canceled || !r.filePath) return;
      try {
        const saved = await host.session().saveCopy(withQicao(r.filePath));
        const done = { type: 'info' as const, title: '副本已保存', message: '副本已保存', detail: saved, buttons: ['在文件夹中显示', '确定'], defaultId: 1 };
        const answer = win ? await dialog.showMessageBox(win, done) : await dialog.showMessageBox(done);
        if (answer.response === 0) shell.showItemInFolder(saved);
      } catch (e) {
        fail('无法另存副本', e);
      }
    },
    about() {
      const win = host.window();
      const v = process.versions as NodeJS.ProcessVersions & { electron?: string; chrome?: string };
      const options = {
        type: 'info' as const,
        title: '关于起草助手',
        message: `起草助手 ${app.getVersion()}`,
        detail: `行动计划与起草说明的桌面起草工具。\nElectron ${v.electron ?? '—'}，Chromium ${v.chrome ?? '—'}，Node ${v.node}`,
      };
      void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
    },
    fail,
  };
}
