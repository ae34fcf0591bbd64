// The 起草说明 editor's two quiet failures: opening the tab must not record an undo step
// ("修改起草说明" for an edit nobody made), and text typed after End+Enter on a line that ends in
// a bound token must be kept (it was silently lost).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

async function open(page: Page, url: string): Promise<EditorPage> {
  const p = new EditorPage(page);
  await page.goto(url);
  await p.waitLoaded();
  return p;
}

/** Leaving the text saves it at once (no waiting for a pause in typing), then the save is done. */
async function leaveAndSave(p: EditorPage) {
  await p.explanation.evaluate((el) => (el as HTMLElement).blur());
  await p.saved();
}

const undoButton = (page: Page) => page.getByRole('navigation', { name: '编辑' }).getByRole('button', { name: '撤销', exact: true });

test('opening the 起草说明 tab records no undo step and writes nothing', async ({ page, served }) => {
  const p = await open(page, served.url);
  await expect(undoButton(page)).toBeDisabled();
  await p.view('起草说明').click();
  await expect(p.explanation).toContainText('起草背景及过程');
  // longer than the autosave pause: a save, had one been scheduled, would have happened
  await page.waitForTimeout(1500);
  await p.view('计划内容').click();
  await p.view('起草说明').click();
  await expect(p.explanation).toContainText('起草背景及过程');
  await page.waitForTimeout(1500);
  await expect(undoButton(page)).toBeDisabled();
  await expect(undoButton(page)).toHaveAttribute('title', '没有可撤销的操作');
  // the template is still shown as the template: nothing was stored
  await expect(page.getByText('按计划生成的模板，修改后自动保存')).toBeVisible();
});

test('text typed after End+Enter on a line ending in a bound token is kept, also after a reload', async ({ page, served }) => {
  const p = await open(page, served.url);
  await p.view('起草说明').click();
  await expect(p.explanation).toContainText('起草背景及过程');
  // a short paragraph of its own at the very end, its number bound: one line ending in a token
  await p.explanation.getByText('起草背景及过程').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('全年PM2.5年均浓度目标为28');
  const offer = page.getByRole('status', { name: '绑定建议' });
  await offer.getByRole('button', { name: /绑定到 指标“PM2.5年均浓度”的目标值/ }).click();
  const token = p.explanation.locator('.bound-token.bind-indicatorTarget');
  await expect(token).toHaveText('28微克/立方米');
  await leaveAndSave(p);

  // the caret on the token (a click on it: the browser leaves no caret Lexical knows), End,
  // Enter, and type: the words must land in a new paragraph after the token's
  await token.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('新起一段：此后各项工作按计划推进');
  await expect(p.explanation.locator('p', { hasText: '新起一段：此后各项工作按计划推进' })).toHaveCount(1);
  await leaveAndSave(p);

  await page.reload();
  await p.waitLoaded();
  await p.view('起草说明').click();
  // a paragraph of its own, after the one ending in the token, which kept its token
  const paragraphs = p.explanation.locator('p');
  await expect(paragraphs.last()).toHaveText('新起一段：此后各项工作按计划推进');
  await expect(paragraphs.nth((await paragraphs.count()) - 2)).toHaveText('全年PM2.5年均浓度目标为28微克/立方米');
  await expect(p.explanation.locator('.bound-token.bind-indicatorTarget')).toHaveText('28微克/立方米');
});
