// Time to load the outline of a 10,000-measure plan: from navigation until the whole outline —
// all 10,000 measures — is in the page and painted, in chromium through Playwright (median of
// RUNS). Ours opens the app on the plan (served by the app's HTTP host, data read from the plan
// file through the api); the app first shows the outline without measures and then loads them,
// and its tree says aria-busy="true" until they are in, so ours stops at a painted tree that is
// no longer busy — not at the first rows of the shallow outline. At that stop every one of the
// 10,000 measures must be reachable: after timing, the page is asked for the last measure (the
// outline's own filter, no reload) and the bench fails if it is not there at once.
// The baseline does the same work by hand, fairly: a static page fetches the same outline as
// JSON, flattens it to 10,000 rows and paints the window of rows in view in a fixed-height
// scroller (a spacer as tall as all rows), as the app's virtualised tree does; it stops when the
// first rows are painted, and its last row is checked reachable by scrolling to the end.
// Each run opens a fresh page (no cache, no state). The app's address is good for one page only
// (a single-use launch token): the later runs of an earlier version stayed on the welcome screen
// with "访问令牌已经用过" and timed out. The token is exchanged once before timing and every page
// starts with the session a reloaded tab has (sessionOf), so all runs open the plan alike.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { fillPlan } from '../core/store/fill-plan.ts';
import { createPlanFile } from '../core/store/open.ts';
import { readOutline } from '../core/store/outline.ts';
import { generatedPlan, tempDir } from '../test/helpers/plans.ts';
import { ensureRendererBuilt, firstPaintProbe, launchChromium, servePlan, serveStatic, sessionOf } from '../test/e2e/perf/browser-bench.ts';
import { middle, result, type BenchResult } from './harness.ts';

const RUNS = 5;
/** The tree with its rows, once it is no longer waiting for the measures. */
const FULL_OUTLINE = '[role="tree"][aria-busy="false"] [role="treeitem"]';

const BASELINE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>10,000 rows</title></head>
<body><div id="rows"></div><script src="./rows.js"></script></body></html>`;
const BASELINE_JS = `const ROW = 30;
fetch('./outline.json').then((r) => r.json()).then((parts) => {
  const titles = [];
  for (const p of parts) for (const a of p.children) for (const t of a.children) for (const m of t.children) titles.push(m.title);
  const host = document.getElementById('rows');
  host.style.cssText = 'height: 760px; overflow: auto; position: relative';
  const spacer = document.createElement('div');
  spacer.style.cssText = 'position: relative; height: ' + titles.length * ROW + 'px';
  host.appendChild(spacer);
  const paint = () => {
    const first = Math.max(0, Math.floor(host.scrollTop / ROW) - 10);
    const last = Math.min(titles.length, Math.ceil((host.scrollTop + host.clientHeight) / ROW) + 10);
    const frag = document.createDocumentFragment();
    for (let i = first; i < last; i++) {
      const div = document.createElement('div');
      div.className = 'row';
      div.style.cssText = 'position: absolute; left: 0; right: 0; height: ' + ROW + 'px; top: ' + i * ROW + 'px';
      div.textContent = titles[i];
      frag.appendChild(div);
    }
    spacer.replaceChildren(frag);
  };
  host.addEventListener('scroll', paint);
  paint();
});`;

const LAST_MEASURE = '第10000项具体措施';

/** Time to the stop; then, outside the timing, that the 10,000th measure is reachable from it. */
async function timeToShow(browser: Browser, url: string, selector: string, reach: (page: Page) => Promise<void>, init = ''): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 }, locale: 'zh-CN' });
  await page.addInitScript(init + firstPaintProbe(selector));
  await page.goto(url);
  await page
    .waitForFunction(() => (window as unknown as { __shownAt: number | null }).__shownAt !== null, null, { timeout: 60_000 })
    .catch(async (e: Error) => {
      // say what the page shows instead of a bare timeout: a refusal, the welcome screen, a busy tree
      const state = await page.evaluate(() => {
        const tree = document.querySelector('[role="tree"]');
        return `tree: ${tree ? `aria-busy=${tree.getAttribute('aria-busy')}` : 'none'}; page: ${document.body.innerText.slice(0, 160).replace(/\s+/g, ' ')}`;
      });
      throw new Error(`outline-10k: no stop within 60 s (${e.message.split('\n')[0]}); ${state}`);
    });
  const ms = await page.evaluate(() => (window as unknown as { __shownAt: number }).__shownAt);
  await reach(page);
  await page.close();
  return ms;
}

/**
 * In the app's page: counts outline replies that arrive after the stop. The filter below could
 * otherwise find a measure that came in after an early stop; with this, "reachable" means the
 * measures were already in the page when the timing stopped.
 */
const LATE_OUTLINE_PROBE = `
  window.__lateOutline = 0;
  const pageFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const reply = await pageFetch(input, init);
    if (window.__shownAt != null && String(input).includes('/api/plan.outline')) window.__lateOutline++;
    return reply;
  };
`;

/** The app: the outline's own filter finds the last measure without loading anything more. */
async function appReaches(page: Page): Promise<void> {
  if ((await page.evaluate(() => (window as unknown as { __lateOutline: number }).__lateOutline)) > 0) {
    throw new Error('outline-10k: the outline was still loading when the timing stopped');
  }
  await page.getByLabel('按文字筛选').fill(LAST_MEASURE);
  const found = await page
    .locator(`[role="treeitem"][title^="${LAST_MEASURE}"]`)
    .waitFor({ timeout: 2_000 })
    .then(
      () => true,
      () => false,
    );
  if (!found) throw new Error('outline-10k: the 10,000th measure was not reachable when the outline stopped being busy');
}

/** The baseline: scrolled to the end, its last row is painted. */
async function baselineReaches(page: Page): Promise<void> {
  await page.evaluate(() => {
    const host = document.getElementById('rows')!;
    host.scrollTop = host.scrollHeight;
  });
  const found = await page
    .locator('.row', { hasText: LAST_MEASURE })
    .waitFor({ timeout: 2_000 })
    .then(
      () => true,
      () => false,
    );
  if (!found) throw new Error('outline-10k: the baseline did not reach its 10,000th row');
}

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

  const session = await sessionOf(app.url);
  const browser = await launchChromium();
  try {
    const ours: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      baseline.push(await timeToShow(browser, rows.url, '.row', baselineReaches));
      ours.push(await timeToShow(browser, session.url, FULL_OUTLINE, appReaches, session.initScript + LATE_OUTLINE_PROBE));
    }
    return result('outline-10k', middle(ours), 'the same outline JSON as 10,000 rows in a hand-written virtualised list', middle(baseline));
  } finally {
    await browser.close();
    await app.close();
    await rows.close();
  }
}
