// `npm start` while another Qicao holds the plan it opens (the sample in the user's data folder):
// no crash and no English stack, but one Chinese line saying the plan is in use and where, and
// the page is served on the welcome page. Runs the browser-host fallback (no Electron binary, as
// with ELECTRON_SKIP_BINARY_DOWNLOAD=1).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_FILE_NAME, Session } from '../../../core/api/session.ts';
import { tempDir } from '../../helpers/plans.ts';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup.splice(0).reverse()) c();
});

/** Runs `npm start` until it says where to open the page (or exits); returns all it printed. */
function npmStart(dataHome: string): Promise<{ out: string; exited: number | null }> {
  const env = {
    ...process.env,
    XDG_DATA_HOME: dataHome,
    ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
    // no Electron binary, even on a machine that has one: the browser-host path
    ELECTRON_OVERRIDE_DIST_PATH: path.join(dataHome, 'no-electron'),
  };
  const child = spawn('npm', ['start', '--silent'], { cwd: process.cwd(), env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  cleanup.push(() => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  });
  return new Promise((resolve) => {
    let out = '';
    const timer = setTimeout(() => resolve({ out, exited: null }), 90_000);
    const look = (d: Buffer) => {
      out += d;
      if (out.includes('请在浏览器中打开：')) {
        clearTimeout(timer);
        resolve({ out, exited: null });
      }
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ out, exited: code });
    });
  });
}

describe('npm start when the plan is in use', () => {
  it('says in Chinese that another Qicao holds it, where, and serves the welcome page', { timeout: 120_000 }, async () => {
    const dataHome = tempDir('qicao-start-');
    cleanup.push(() => fs.rmSync(dataHome, { recursive: true, force: true }));
    const other = new Session(path.join(dataHome, 'qicao'));
    other.openSample(); // the other window: holds the sample exclusively
    cleanup.push(() => other.close());

    const { out, exited } = await npmStart(dataHome);
    expect(exited).toBeNull(); // still running: it did not crash
    expect(out).not.toMatch(/^\s+at /m); // no stack
    expect(out).not.toMatch(/QicaoError|Error:/);
    expect(out).toContain(`另一个起草助手（或其他程序）正在使用示例计划：${path.join(dataHome, 'qicao', SAMPLE_FILE_NAME)}`);
    expect(out).toContain('欢迎页');
    expect(out).toMatch(/请在浏览器中打开：http:\/\/127\.0\.0\.1:\d+\/#token=/);
  });
});
