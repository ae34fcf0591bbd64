// Time to load the outline of a 10,000-measure plan: from navigation until the whole outline —
// all 10,000 measures — is in the page and painted, in chromium through Playwright (median of
// RUNS). Ours opens the app on the plan (served by the app's HTTP host, data read from the plan
// file through the api); the app first shows the outline without measures and then loads them,
// and its tree says aria-busy="true" until they are in, so ours stops at a painted tree that is
// no longer busy — not at the first rows of the shallow outline. The baseline is a static page
// that fetches the same outline as JSON and renders 10,000 plain <div> rows, one per measure,
// in one go: its first row is painted when all of them are.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { fillPlan } from '../core/store/fill-plan.ts';
import { createPlanFile } from '../core/store/open.ts';
import { readOutline } from '../core/store/outline.ts';
import { generatedPlan, tempDir } from '../test/helpers/plans.ts';
import { ensureRendererBuilt, firstPaintProbe, launchChromium, servePlan, serveStatic } from '../test/e2e/perf/browser-bench.ts';
import { result, type BenchResult } from './harness.ts';

const RUNS = 5;
/** The tree with its rows, once it is no longer waiting for the measures. */
const FULL_OUTLINE = '[role="tree"][aria-busy="false"] [role="treeitem"]';

const BASELINE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>10,000 rows</title></head>
<body><div id="rows"></div><script src="./rows.js"></script></body></html>`;
const BASELINE_JS = `fetch('./outline.json').then((r) => r.json()).then((parts) => {
  const host = document.getElementById('rows');
  const frag = document.createDocumentFragment();
  for (const p of parts) for (const a of p.children) for (const t of a.children) for (const m of t.children) {
    const div = document.createElement('div');
    div.className = 'row';
    div.textContent = m.title;
    frag.appendChild(div);
  }
  host.appendChild(frag);
});`;

async function timeToShow(browser: Browser, url: string, selector: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 }, locale: 'zh-CN' });
  await page.addInitScript(firstPaintProbe(selector));
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __shownAt: number | null }).__shownAt !== null, null, { timeout: 60_000 });
  const ms = await page.evaluate(() => (window as unknown as { __shownAt: number }).__shownAt);
  await page.close();
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<BenchResult> {
  ensureRendererBuilt();
  const spec = generatedPlan(10_000);
  const app = await servePlan(spec);

  const dir = tempDir('qicao-bench-rows-');
  const scratch = createPlanFile(path.join(dir, 'same.qicao'), (db) => fillPlan(db, spec));
  const outline = readOutline(scratch);
  scratch.close();
  const measures = outline.flatMap((p) => p.children.flatMap((a) => a.children.flatMap((t) => t.children))).length;
  if (measures !== 10_000) throw new Error(`outline-10k: expected 10000 measures, got ${measures}`);
  fs.writeFileSync(path.join(dir, 'outline.json'), JSON.stringify(outline));
  fs.writeFileSync(path.join(dir, 'index.html'), BASELINE_HTML);
  fs.writeFileSync(path.join(dir, 'rows.js'), BASELINE_JS);
  const rows = await serveStatic(dir);

  const browser = await launchChromium();
  try {
    const ours: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      baseline.push(await timeToShow(browser, rows.url, '.row'));
      ours.push(await timeToShow(browser, app.url, FULL_OUTLINE));
    }
    return result('outline-10k', median(ours), '10,000 plain <div> rows from the same outline JSON', median(baseline));
  } finally {
    await browser.close();
    await app.close();
    await rows.close();
  }
}
