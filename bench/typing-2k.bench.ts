// Keystroke-to-paint (p95) typing into the measure editor of a 2,000-measure plan, in chromium
// through Playwright, against the same typing into a bare Lexical editor (createEditor +
// registerPlainText, no React, no app) on an otherwise empty page served as a static file.
// The bare editor holds the same measure text in the same font, so both sides shape the same
// paragraph on every keystroke; what differs is the app around the editor.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { build } from 'vite';
import { generatedPlan, tempDir } from '../test/helpers/plans.ts';
import { ensureRendererBuilt, KEYSTROKE_PROBE, launchChromium, percentile, servePlan, serveStatic } from '../test/e2e/perf/browser-bench.ts';
import { result, type BenchResult } from './harness.ts';

const TEXT = 'jiaqiang wuran fangzhi gongzuo 2024 nian di qian wancheng zhili renwu ';
const BURSTS = 12;
const BURST = 40;

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

/** Types one burst into the page (already focused in its editor) and returns the latencies. */
async function burst(page: Page, from: number): Promise<number[]> {
  await page.bringToFront();
  await latencies(page);
  for (let i = 0; i < BURST; i++) {
    await page.keyboard.type(TEXT[(from + i) % TEXT.length]);
    await page.waitForTimeout(25);
  }
  await page.waitForTimeout(100);
  return latencies(page);
}

async function openOurs(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 }, locale: 'zh-CN' });
  await page.addInitScript(KEYSTROKE_PROBE);
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
    const a: number[] = [];
    const b: number[] = [];
    // short alternating bursts: a busy spell of the machine hits both sides alike
    for (let r = 0; r < BURSTS; r++) {
      b.push(...(await burst(bare, r * BURST)));
      a.push(...(await burst(ours, r * BURST)));
    }
    if (a.length < BURSTS * BURST * 0.9 || b.length < BURSTS * BURST * 0.9) throw new Error(`typing-2k: too few samples (${a.length}, ${b.length})`);
    return result('typing-2k', percentile(a, 95), 'bare Lexical editor on an empty page (p95 keystroke-to-paint)', percentile(b, 95));
  } finally {
    await browser.close();
    await app.close();
    await bareServer.close();
  }
}
