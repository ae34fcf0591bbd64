// Shared by the browser benchmarks (bench/typing-2k, bench/outline-10k): a plan served by the
// app's own HTTP host in this process, a tiny static server for the raw baselines, Debian's
// chromium with the test settings, and the statistics.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { contentType } from '../../../core/guards/static-path.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { createPlanFile } from '../../../core/store/open.ts';
import { RENDERER_DIR } from '../../../http-host/server.ts';
import { QICAO } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/plans.ts';
import config from '../../../playwright.config.ts';

/** The built window: built now if `npm run build` has not been run. */
export function ensureRendererBuilt(): void {
  if (fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) return;
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('构建界面失败，请先运行 npm run build。');
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

/**
 * A plan file made from `spec`, opened by `qicao serve` in a process of its own, as the window's
 * host runs: a host inside the bench process would share its event loop with Playwright, so a
 * save would hold back the next keystroke the bench sends and never overlap it.
 */
export async function servePlan(spec: PlanSpec): Promise<Served> {
  const dir = tempDir('qicao-bench-');
  const file = path.join(dir, 'bench.qicao');
  createPlanFile(file, (db) => fillPlan(db, spec)).close();
  // the host's backups and recent list go to the bench's folder, not the drafter's
  const child = spawn(process.execPath, [QICAO, 'serve', file, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, XDG_DATA_HOME: path.join(dir, 'data') },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\S*)\n/.exec(out);
      if (m) resolve(m[1]);
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`qicao serve 退出（${code}）：${out}`)));
  });
  const exited = new Promise<void>((r) => child.on('exit', () => r()));
  return {
    url,
    close: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * The served address is good for one page only: its launch token (#token=…) is exchanged once
 * for a session token and refused after that ("访问令牌已经用过"), so a second page opened on it
 * stays on the welcome screen. For a bench that opens the app in several fresh pages: the
 * exchange done once here, and each page started with the session in its sessionStorage, as a
 * reloaded tab has it (renderer/src/api/bridge.ts). Returns the address without the token and an
 * init script for the page.
 */
export async function sessionOf(url: string): Promise<{ url: string; initScript: string }> {
  const launch = /#token=([\w-]+)/.exec(url)?.[1];
  if (!launch) throw new Error(`地址中没有访问令牌：${url}`);
  const base = url.slice(0, url.indexOf('#'));
  const res = await fetch(new URL('/session', base), { method: 'POST', headers: { 'x-qicao-token': launch } });
  if (!res.ok) throw new Error(`换取会话令牌失败（${res.status}）：${await res.text()}`);
  const { token } = (await res.json()) as { token: string };
  return { url: base, initScript: `sessionStorage.setItem('qicao.token', ${JSON.stringify(token)});` };
}

/** Serves the files of `dir` on 127.0.0.1 (the baselines' "tiny static file"). */
export function serveStatic(dir: string): Promise<Served> {
  const server = http.createServer((req, res) => {
    const name = path.join(dir, path.normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, ''));
    const file = name.endsWith(path.sep) ? path.join(name, 'index.html') : name;
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': contentType(file), 'cache-control': 'no-store' }).end(fs.readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, close: () => new Promise((r) => server.close(() => r())) }),
    ),
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch(config.use?.launchOptions);
}

export function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Keystroke-to-paint, measured inside the page: from the keydown event's time stamp (so time the
 * event waited for a busy page counts) to the first task after the next animation frame, i.e.
 * after the frame that shows the keystroke.
 */
export const KEYSTROKE_PROBE = `
  window.__keyLatency = [];
  addEventListener('keydown', (e) => {
    const t0 = e.timeStamp;
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => window.__keyLatency.push(performance.now() - t0);
      ch.port2.postMessage(0);
    });
  }, true);
`;

/**
 * Time from navigation start until `selector` first matches and has been painted. Attribute
 * changes count too, so a selector such as `[aria-busy="false"]` fires when a loading ends.
 */
export function firstPaintProbe(selector: string): string {
  return `
  window.__shownAt = null;
  new MutationObserver((_, obs) => {
    if (!document.querySelector(${JSON.stringify(selector)})) return;
    obs.disconnect();
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => (window.__shownAt = performance.now());
      ch.port2.postMessage(0);
    });
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
`;
}
