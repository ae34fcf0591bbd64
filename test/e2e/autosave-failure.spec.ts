// A save the host refuses is not forgotten: the typed text stays in the editor, the status line
// says 未保存, the save is tried again by itself, and once the host answers again the text lands
// in the plan file (seen after a reload).
import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

test('the host refuses saves for a while: the text survives, 未保存 shows, and it lands when the host answers', async ({ page, served }) => {
  const p = new EditorPage(page);
  await page.goto(served.url);
  await p.waitLoaded();
  await p.itemsAtLevel(3).first().click();
  await page.keyboard.press('ArrowRight');
  const row = p.itemsAtLevel(4).first();
  await row.click();
  await expect(p.measureText).toBeVisible();

  // the host answers every save of the measure's text with an error
  let refused = 0;
  await page.route('**/api/measure.setText', (route) => {
    refused++;
    return route.fulfill({ status: 503, contentType: 'text/plain; charset=utf-8', body: '服务暂时不可用' });
  });
  await p.measureText.click();
  await page.keyboard.press('End');
  await page.keyboard.insertText('（保存失败时输入的文字）');
  await page.keyboard.press('Enter');

  const status = page.getByRole('status').filter({ hasText: /已自动保存|正在保存|保存失败|未保存/ });
  await expect(status).toContainText('未保存');
  await expect(status).toHaveAttribute('title', /服务暂时不可用/);
  await expect(p.measureText).toContainText('（保存失败时输入的文字）');
  // retried by itself, with pauses
  await expect.poll(() => refused, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
  await expect(status).toContainText('未保存');
  await p.screenshot('autosave-unsaved');

  // the host answers again: the next retry lands
  await page.unroute('**/api/measure.setText');
  await expect(status).toHaveText('已自动保存', { timeout: 40_000 });
  await expect(row).toContainText('（保存失败时输入的文字）');

  await page.reload();
  await p.waitLoaded();
  await p.itemsAtLevel(3).first().click();
  await page.keyboard.press('ArrowRight');
  await p.itemsAtLevel(4).first().click();
  await expect(p.measureText).toContainText('（保存失败时输入的文字）');
});

test('typing not yet saved is written when the tab is hidden', async ({ page, served }) => {
  const p = new EditorPage(page);
  await page.goto(served.url);
  await p.waitLoaded();
  await p.itemsAtLevel(3).first().click();
  await page.keyboard.press('ArrowRight');
  await p.itemsAtLevel(4).first().click();
  await p.measureText.click();
  await page.keyboard.press('End');
  const saves: string[] = [];
  page.on('request', (r) => r.url().includes('/api/measure.setText') && saves.push(r.postData() ?? ''));
  await page.keyboard.insertText('（切走前输入）');
  // hidden before the autosave pause is over: the page writes it at once
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect.poll(() => saves.some((b) => b.includes('（切走前输入）')), { timeout: 500 }).toBe(true);
});
