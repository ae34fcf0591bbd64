// A save the host refuses for good is not retried: after the plan is issued, editing a measure's
// text without an open 调整 is refused by the store (bad-input, "计划已印发…"). The reason shows
// beside the field and in the status line, the typed text stays in the editor, nothing is sent
// again by itself, and the way out (开始调整… beside the field) opens the adjustment and then
// saves the text, which is in the plan file after a reload.
import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

const TYPED = '（印发后输入的文字）';

test('an issued plan refuses a text edit: reason beside the field, no retry loop, 开始调整… then it saves', async ({ page, served }) => {
  const p = new EditorPage(page);
  await page.goto(served.url);
  await p.waitLoaded();

  await p.issuePlan();

  await p.itemsAtLevel(3).first().click();
  await page.keyboard.press('ArrowRight');
  const row = p.itemsAtLevel(4).first();
  await row.click();
  await expect(p.measureText).toBeVisible();

  let sent = 0;
  page.on('request', (r) => r.url().includes('/api/measure.setText') && sent++);
  await p.measureText.click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(TYPED);
  await page.keyboard.press('Enter');

  // the host's reason, beside the field and in the status line; the text stays where it was typed
  const refusal = p.detail.getByTestId('field-refusal');
  await expect(refusal).toContainText('计划已印发');
  await expect(refusal).toContainText('输入的文字仍在上面的输入框中');
  const status = page.getByRole('status').filter({ hasText: /已自动保存|正在保存|保存失败|未保存/ });
  await expect(status).toContainText('未保存：计划已印发');
  await expect(status).toHaveAttribute('title', /请先在“年度调度”中记录一次调整/);
  await expect(p.measureText).toContainText(TYPED);
  await expect(row).not.toContainText(TYPED);
  await p.screenshot('autosave-refused');
  // the longer status still fits the narrowest window's bar (items give way into 更多…)
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect.poll(() => page.locator('header.topbar').evaluate((b) => b.scrollWidth - b.clientWidth)).toBeLessThanOrEqual(0);
  await expect(status).toBeVisible();
  await p.screenshot('autosave-refused-1024');
  await page.setViewportSize({ width: 1360, height: 860 });

  // no retry loop: the transient back-off (1 s, 2 s, 4 s …) would have sent it twice more by now
  const afterRefusal = sent;
  await page.waitForTimeout(4500);
  expect(sent).toBe(afterRefusal);
  await expect(status).toContainText('未保存：计划已印发');
  await expect(status).not.toContainText('保存失败');

  // the way out: 开始调整… beside the field, then the text is saved by itself, once
  await refusal.getByRole('button', { name: '开始调整…' }).click();
  const adjust = page.getByRole('dialog', { name: '开始调整' });
  await adjust.getByLabel('调整原因').fill('根据区政府常务会议意见修改措施表述');
  await adjust.getByRole('button', { name: '开始调整' }).click();
  await expect(status).toHaveText('已自动保存');
  await expect(refusal).toHaveCount(0);
  await expect(row).toContainText(TYPED);
  await expect(page.getByTestId('year-adjusting')).toContainText('1 处改动');
  expect(sent).toBe(afterRefusal + 1);

  await page.reload();
  await p.waitLoaded();
  await p.itemsAtLevel(3).first().click();
  await page.keyboard.press('ArrowRight');
  await p.itemsAtLevel(4).first().click();
  await expect(p.measureText).toContainText(TYPED);
});
