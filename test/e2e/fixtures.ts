// Each test gets its own copy of the sample plan served by `qicao serve` on a free port.
import { test as base } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PlanPage } from './pages/plan-page.ts';

const QICAO = path.resolve('bin/qicao.js');

export interface Served {
  url: string;
  file: string;
}

async function serve(file: string): Promise<{ url: string; child: ChildProcess }> {
  // the recent-files list goes to the test's own folder, not the user's data folder
  const env = { ...process.env, XDG_DATA_HOME: path.join(path.dirname(file), 'data') };
  const child = spawn(process.execPath, [QICAO, 'serve', file, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/);
      if (m) resolve(m[0]);
    });
    child.stderr!.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`qicao serve exited ${code}: ${out}`)));
  });
  return { url, child };
}

export const test = base.extend<{ served: Served; planPage: PlanPage }>({
  served: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qicao-e2e-'));
    const file = path.join(dir, '示例.qicao');
    const made = spawnSync(process.execPath, [QICAO, 'new', file, '--sample'], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(made.stderr);
    const { url, child } = await serve(file);
    await use({ url, file });
    child.kill('SIGTERM');
  },
  planPage: async ({ page, served }, use) => {
    const p = new PlanPage(page);
    await page.goto(served.url);
    await p.waitLoaded();
    await use(p);
  },
});

export { expect } from '@playwright/test';
