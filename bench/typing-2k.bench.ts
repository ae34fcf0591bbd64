// Keystroke-to-paint (p95) typing into the measure editor of a 2,000-measure plan, in chromium
// through Playwright, against the same typing into a bare Lexical editor (createEditor +
// registerPlainText, no React, no app) on an otherwise empty page served as a static file.
// The bare editor holds the same measure text in the same font, so both sides shape the same
// paragraph on every keystroke; what differs is the app around the editor.
//
// Typing comes in bursts with pauses longer than the editor's save delay, as a drafter types:
// after each burst of ours the bench waits until the autosave request leaves, then types the
// next burst at once, so its first keystrokes land while the save is in flight or the window
// takes in its answer (a save takes milliseconds, so only some do; a page script counts them and
// the bench prints the count). The bench fails if a burst was not followed by its save. The bare
// page gets the same bursts and pauses. Each round gives a p95 per side; the result is the
// median round.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { build } from 'vite';
import { generatedPlan, tempDir } from '../test/helpers/plans.ts';
import { ensureRendererBuilt, KEYSTROKE_PROBE, launchChromium, percentile, servePlan, serveStatic } from '../test/e2e/perf/browser-bench.ts';
import { middle, result, type BenchResult } from './harness.ts';

const TEXT = 'jiaqiang wuran fangzhi gongzuo 2024 nian di qian wancheng zhili renwu ';
/** renderer/src/editor/use-field-saver.ts: a field saves 600 ms after its last change. */
const SAVE_DELAY_MS = 600;
const ROUNDS = 7;
const BURSTS_PER_ROUND = 4;
const BURST = 12;
const KEY_GAP_MS = 25;

const isSave = (url: string) => url.includes('/api/measure.setText');

/**
 * Counts keystrokes typed while an autosave of the measure text is under way: from its request
 * until the window has taken in the answer (two frames after the reply, time for React to
 * render what the save changed).
 */
const SAVE_PROBE = `
  window.__savesPending = 0;
  window.__keysDuringSave = 0;
  const plainFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes('/api/measure.setText')) return plainFetch(input, init);
    window.__savesPending++;
    return plainFetch(input, init).finally(() => requestAnimationFrame(() => requestAnimationFrame(() => window.__savesPending--)));
  };
  addEventListener('keydown', () => { if (window.__savesPending > 0) window.__keysDuringSave++; }, true);
`;

const BARE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>bare lexical</title>
<style>#editor { font: 16px/1.8 'Noto Serif CJK SC', serif; width: 600px; padding: 6px 8px; }</style></head>
<body><div id="editor" contenteditable="true" role="textbox" aria-label="bare"></div><script type="module" src="./main.js"></script></body></html>`;
const bareJs = (text: string) => `import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { registerPlainText } from '@lexical/plain-text';
const editor = createEditor({ namespace: 'bare', onError: (e) => console.error(e) });
editor.setRootElement(document.getElementById('editor'));
registerPlainText(editor);
editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode(${JSON.stringify(text)}))));`;

/** Builds the bare page with vite (it resolves lexical from this repository's node_modules). */
export async function buildBarePage(text: string): Promise<string> {
  const src = path.resolve('node_modules/.cache/qicao-bench/bare-lexical');
  fs.mkdirSync(src, { recursive: true });
  fs.writeFileSync(path.join(src, 'index.html'), BARE_HTML);
  fs.writeFileSync(path.join(src, 'main.js'), bareJs(text));
  const out = tempDir('qicao-bench-bare-');
  await build({ root: src, configFile: false, logLevel: 'error', base: './', build: { outDir: out, emptyOutDir: true } });
  return out;
}

const latencies = (page: Page) => page.evaluate(() => (window as unknown as { __keyLatency: number[] }).__keyLatency.splice(0));

async function typeBurst(page: Page, from: number): Promise<void> {
  for (let i = 0; i < BURST; i++) {
    await page.keyboard.type(TEXT[(from + i) % TEXT.length]);
    await page.waitForTimeout(KEY_GAP_MS);
  }
}

/** A few ms more or less after each pause, so keystrokes meet the save at different stages. */
const jitter = (k: number) => (k * 17) % 60;

/** One round in the app: bursts, each followed by its autosave; the next burst starts as it leaves. */
async function roundOurs(page: Page, round: number): Promise<number[]> {
  await page.bringToFront();
  await latencies(page);
  let lastSave: Promise<unknown> = Promise.resolve();
  for (let b = 0; b < BURSTS_PER_ROUND; b++) {
    const k = round * BURSTS_PER_ROUND + b;
    const saved = page.waitForRequest((r) => isSave(r.url()), { timeout: 10_000 });
    await typeBurst(page, k * BURST);
    const request = await saved.catch(() => {
      throw new Error('typing-2k: a burst of typing was not autosaved; the bench would not time typing during saves');
    });
    lastSave = request.response();
    await page.waitForTimeout(jitter(k));
  }
  await lastSave; // the round's last save is answered before the other page types
  await page.waitForTimeout(100);
  return latencies(page);
}

/** The same round on the bare page: the same bursts, the same pauses. */
async function roundBare(page: Page, round: number): Promise<number[]> {
  await page.bringToFront();
  await latencies(page);
  for (let b = 0; b < BURSTS_PER_ROUND; b++) {
    const k = round * BURSTS_PER_ROUND + b;
    await typeBurst(page, k * BURST);
    await page.waitForTimeout(SAVE_DELAY_MS + jitter(k));
  }
  await page.waitForTimeout(100);
  return latencies(page);
}

async function openOurs(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 }, locale: 'zh-CN' });
  await page.addInitScript(KEYSTROKE_PROBE);
  await page.addInitScript(SAVE_PROBE);
  await page.goto(url);
  await page.locator('[role="treeitem"][aria-level="3"]').first().click();
  await page.keyboard.press('ArrowRight');
  await page.locator('[role="treeitem"][aria-level="4"]').first().click();
  await page.getByRole('textbox', { name: '措施内容' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(TEXT.slice(0, 10), { delay: 20 }); // warm-up, not counted
  return page;
}

async function openBare(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  await page.addInitScript(KEYSTROKE_PROBE);
  await page.goto(url);
  await page.locator('#editor').click();
  await page.keyboard.press('End');
  await page.keyboard.type(TEXT.slice(0, 10), { delay: 20 });
  return page;
}

export async function run(): Promise<BenchResult> {
  ensureRendererBuilt();
  const spec = generatedPlan(2_000);
  const app = await servePlan(spec);
  const firstMeasure = spec.parts[0].aspects[0].keyTasks[0].measures[0].text;
  const bareServer = await serveStatic(await buildBarePage(firstMeasure));
  const browser = await launchChromium();
  try {
    const ours = await openOurs(browser, app.url);
    const bare = await openBare(browser, bareServer.url);
    await ours.waitForTimeout(SAVE_DELAY_MS + 200); // the warm-up's save is not counted
    await ours.evaluate(() => ((window as unknown as { __keysDuringSave: number }).__keysDuringSave = 0));
    const a: number[] = [];
    const b: number[] = [];
    let keys = 0;
    // rounds alternate between the pages: a busy spell of the machine hits both sides alike
    for (let r = 0; r < ROUNDS; r++) {
      const bareKeys = await roundBare(bare, r);
      const oursKeys = await roundOurs(ours, r);
      keys += oursKeys.length;
      if (oursKeys.length < BURSTS_PER_ROUND * BURST * 0.9 || bareKeys.length < BURSTS_PER_ROUND * BURST * 0.9) {
        throw new Error(`typing-2k: too few samples in round ${r} (${oursKeys.length}, ${bareKeys.length})`);
      }
      a.push(percentile(oursKeys, 95));
      b.push(percentile(bareKeys, 95));
    }
    const duringSave = await ours.evaluate(() => (window as unknown as { __keysDuringSave: number }).__keysDuringSave);
    if (!process.argv.includes('--json'))
      console.error(`typing-2k: ${keys} keystrokes in ${ROUNDS * BURSTS_PER_ROUND} bursts, ${duringSave} typed while an autosave was under way`);
    return result('typing-2k', middle(a), 'bare Lexical editor on an empty page (p95 keystroke-to-paint, median of rounds)', middle(b));
  } finally {
    await browser.close();
    await app.close();
    await bareServer.close();
  }
}
