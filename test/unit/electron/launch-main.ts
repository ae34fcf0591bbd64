// Starts electron/main.ts against the fake `electron` module (the binary cannot run here), with
// a folder of its own for the app, the user's data and documents; removed again by `cleanUp`.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { vi } from 'vitest';
import { Session } from '../../../core/api/session.ts';
import { tempDir } from '../../helpers/plans.ts';
import { createFakeElectron, type FakeElectron, type FakeOptions } from './fake-electron.ts';

const require = createRequire(import.meta.url);
const NODE_BINDING = path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build/Release/better_sqlite3.node');

export interface MainUnderTest {
  root: string;
  appPath: string;
  userData: string;
  documents: string;
  fake: FakeElectron | null;
  /** Starts main afresh with this command line. */
  launch(argv?: string[], options?: Partial<FakeOptions>): Promise<FakeElectron>;
  /** A plan file made by core, as the drafter would have it on disk. */
  makePlan(file: string, title: string): string;
  cleanUp(): void;
}

export function mainUnderTest(): MainUnderTest {
  const root = tempDir('qicao-main-');
  const appPath = path.join(root, 'app');
  const userData = path.join(root, 'userData');
  const documents = path.join(root, 'documents');
  fs.mkdirSync(documents, { recursive: true });
  // the Electron binding as prepare:electron leaves it; Node runs main here, so Node's build stands in
  const binding = path.join(appPath, 'build/native', `electron-${process.versions.modules}`, 'better_sqlite3.node');
  fs.mkdirSync(path.dirname(binding), { recursive: true });
  fs.copyFileSync(NODE_BINDING, binding);
  const savedArgv = process.argv;
  const t: MainUnderTest = {
    root,
    appPath,
    userData,
    documents,
    fake: null,
    async launch(argv = [], options = {}) {
      t.fake?.module.app.emit('window-all-closed');
      vi.resetModules();
      const fake = createFakeElectron({ appPath, userData, documents, ...options });
      t.fake = fake;
      vi.doMock('electron', () => fake.module);
      process.argv = ['/opt/electron/electron', appPath, ...argv];
      await import('../../../electron/main.ts');
      await fake.ready();
      return fake;
    },
    makePlan(file, title) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const maker = tempDir('qicao-maker-');
      const s = new Session(maker);
      s.create(file, false);
      s.plan.prepare('UPDATE plan SET title = ?').run(title);
      s.close();
      fs.rmSync(maker, { recursive: true, force: true });
      return file;
    },
    cleanUp() {
      t.fake?.module.app.emit('window-all-closed'); // closes the plan, releasing its lock
      t.fake = null;
      process.argv = savedArgv;
      vi.doUnmock('electron');
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
  return t;
}
