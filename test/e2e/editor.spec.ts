// The editor window against `qicao serve` on a fresh copy of the sample plan: moving nodes by
// drag and by keyboard, typing Chinese (also through an IME), bound values in the 起草说明,
// undo/redo of each, search, filters — and pictures of each screen for a person to look at.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

async function open(page: Page, url: string): Promise<EditorPage> {
  const p = new EditorPage(page);
  await page.goto(url);
  await p.waitLoaded();
  return p;
}

async function idsAt(p: EditorPage, level: number): Promise<number[]> {
  return p.itemsAtLevel(level).evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.id)));
}

const first3 = async (p: EditorPage) => (await idsAt(p, 4)).slice(0, 3);
const row = (page: Page, id: number) => page.locator(`[role="treeitem"][data-id="${id}"]`);

test('measures are reordered by drag and by Alt+↑/↓, renumbered by position; undo and redo step back and forth', async ({ page, served }) => {
  const p = await open(page, served.url);
  await p.itemsAtLevel(3).first().click();
  await page.keyboard.press('ArrowRight');
  const [a, b, c] = (await idsAt(p, 4)).slice(0, 3);

  // drag (3) onto the upper half of (1): it becomes the first measure and is numbered (1)
  await row(page, c).dragTo(row(page, a), { targetPosition: { x: 80, y: 4 } });
  await p.saved();
  await expect.poll(() => first3(p)).toEqual([c, a, b]);
  await expect(row(page, c).locator('.num')).toHaveText('（1）');
  await expect(row(page, c)).toHaveAttribute('aria-posinset', '1');
  await p.screenshot('editor-after-drag');

  // the keyboard way: Alt+↓ moves the focused measure one place down
  await row(page, c).click();
  await page.keyboard.press('Alt+ArrowDown');
  await p.saved();
  await expect.poll(() => first3(p)).toEqual([a, c, b]);
  await expect(row(page, c)).toBeFocused();
  await expect(row(page, c).locator('.num')).toHaveText('（2）');

  await p.undo();
  await expect.poll(() => first3(p)).toEqual([c, a, b]);
  await p.undo();
  await expect.poll(() => first3(p)).toEqual([a, b, c]);
  await p.redo();
  await expect.poll(() => first3(p)).toEqual([c, a, b]);
  await p.redo();
  await expect.poll(() => first3(p)).toEqual([a, c, b]);
  // the history is in the file: after a reload, undo still knows the last move
  await page.reload();
  await p.waitLoaded();
  await p.itemsAtLevel(3).first().click();
  await page.keyboard.press('ArrowRight');
  await p.undo();
  await expect.poll(() => first3(p)).toEqual([c, a, b]);
});

test('a measure moved to another key task changes both tasks’ counts (drag, Alt+↓ at the edge, 移动到…)', async ({ page, served }) => {
  const p = await open(page, served.url);
  const [taskA, taskB] = (await idsAt(p, 3)).slice(0, 2);
  await expect(p.childCount(taskA)).toHaveText('3');
  await expect(p.childCount(taskB)).toHaveText('3');
  await row(page, taskA).click();
  await page.keyboard.press('ArrowRight');
  const [m1, , m3] = (await idsAt(p, 4)).slice(0, 3);

  // drag the first measure onto the next key task: it goes in, at the end
  await row(page, m1).dragTo(row(page, taskB), { targetPosition: { x: 120, y: 15 } });
  await p.saved();
  await expect(p.childCount(taskA)).toHaveText('2');
  await expect(p.childCount(taskB)).toHaveText('4');
  await expect(p.partSentences().first()).toContainText('27项重点任务，66项具体措施');

  // Alt+↓ on the last measure of a task walks it into the next task
  await row(page, m3).click();
  await page.keyboard.press('Alt+ArrowDown');
  await p.saved();
  await expect(p.childCount(taskA)).toHaveText('1');
  await expect(p.childCount(taskB)).toHaveText('5');

  // 移动到…: into a key task of another part — both parts' counts change
  await row(page, m3).click();
  await p.button('移动到…').click();
  const dialog = page.getByRole('dialog', { name: '移动具体措施' });
  await dialog.getByRole('textbox').fill('水源');
  await dialog.getByRole('option').first().click();
  await dialog.getByRole('button', { name: '移动', exact: true }).click();
  await p.saved();
  await expect(p.partSentences().nth(0)).toContainText('65项具体措施');
  await expect(p.partSentences().nth(1)).toContainText('42项具体措施');
  await expect(row(page, m3)).toHaveAttribute('aria-selected', 'true');
  await p.undo();
  await expect(p.partSentences().nth(0)).toContainText('66项具体措施');
  await expect(p.partSentences().nth(1)).toContainText('41项具体措施');
});

test('typing Chinese into a measure, by insertText and through an IME; saved, undone, redone', async ({ page, served }) => {
  const p = await open(page, served.url);
  await p.itemsAtLevel(3).first().click();
  await page.keyboard.press('ArrowRight');
  const measure = (await idsAt(p, 4))[0];
  await row(page, measure).click();
  const original = (await p.measureText.innerText()).trim();
  await p.measureText.click();
  await page.keyboard.press('End');
  await page.keyboard.insertText('并接入市级监管平台');
  await page.keyboard.press('Enter');
  await p.saved();
  await expect(row(page, measure)).toContainText('并接入市级监管平台');

  // IME: pinyin while composing is not saved, not even after the autosave pause…
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'huai', selectionStart: 4, selectionEnd: 4 });
  await p.measureText.evaluate((el) =>
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true })),
  );
  await page.waitForTimeout(1200);
  await expect(row(page, measure)).not.toContainText('huai');
  await cdp.send('Input.imeSetComposition', { text: '怀柔', selectionStart: 2, selectionEnd: 2 });
  // …and choosing the candidate commits the characters, which Enter then saves
  await cdp.send('Input.insertText', { text: '怀柔' });
  await expect(p.measureText).toContainText('平台怀柔');
  await expect(p.measureText).not.toContainText('huai');
  await page.keyboard.press('Enter');
  await p.saved();
  await expect(row(page, measure)).toContainText('平台怀柔');
  await p.regionShot('measure-editor', p.detail);

  await page.reload();
  await p.waitLoaded();
  await p.itemsAtLevel(3).first().click();
  await page.keyboard.press('ArrowRight');
  await row(page, measure).click();
  await expect(p.measureText).toContainText('并接入市级监管平台怀柔');

  // one burst of typing is one undo step
  await p.undo();
  await expect(p.measureText).toHaveText(original);
  await expect(row(page, measure)).not.toContainText('监管平台');
  await p.redo();
  await expect(p.measureText).toContainText('并接入市级监管平台怀柔');
});

test('a number typed in the 起草说明 is bound to the indicator; changing the target changes the token; undo and redo', async ({ page, served }) => {
  const p = await open(page, served.url);
  await p.view('起草说明').click();
  await expect(p.explanation).toContainText('起草背景及过程');
  // write at the end of the last paragraph
  const last = p.explanation.locator('p').last();
  await last.click();
  await page.keyboard.press('End');
  await page.keyboard.insertText('全年PM2.5年均浓度目标为28');
  const offer = page.getByRole('status', { name: '绑定建议' });
  await expect(offer).toContainText('“28”与计划中的数值相同');
  await offer.getByRole('button', { name: /绑定到 指标“PM2.5年均浓度”的目标值/ }).click();
  const token = last.locator('.bound-token', { hasText: '微克/立方米' });
  await expect(token).toHaveText('28微克/立方米');
  await page.keyboard.insertText('。');
  await p.saved();

  // change the target in the part's indicator table
  await p.itemsAtLevel(1).first().click();
  const target = p.detail.getByRole('textbox', { name: 'PM2.5年均浓度 目标值' });
  await target.fill('27');
  await target.press('Enter');
  await p.saved();
  await p.view('起草说明').click();
  await expect(token).toHaveText('27微克/立方米');
  await token.scrollIntoViewIfNeeded();
  await p.regionShot('explanation-editor', page.getByRole('region', { name: '编辑区' }));

  await p.undo(); // the target change
  await p.view('起草说明').click();
  await expect(token).toHaveText('28微克/立方米');
  await p.redo();
  await p.view('起草说明').click();
  await expect(token).toHaveText('27微克/立方米');
  // the bound token survives a reload (stored as a binding, not as text)
  await page.reload();
  await p.waitLoaded();
  await p.view('起草说明').click();
  await expect(p.explanation.locator('p').last().locator('.bound-token.bind-indicatorTarget')).toHaveText('27微克/立方米');
});

test('Ctrl+F searches measures, goals and the explanation; a result jumps to its node or paragraph', async ({ page, served }) => {
  const p = await open(page, served.url);
  await page.keyboard.press('Control+f');
  const box = page.getByRole('searchbox', { name: '搜索计划' });
  await expect(box).toBeFocused();
  await box.fill('餐饮油烟');
  const results = page.getByRole('list', { name: '搜索结果' }).getByRole('button');
  await expect(results.first()).toBeVisible();
  // a measure's hit: its row is selected (and scrolled to) and its editor shows the text
  const hit = results.filter({ hasText: '具体措施' }).first();
  await hit.click();
  const selected = p.tree.locator('[aria-selected="true"]');
  await expect(selected).toBeVisible();
  await expect(selected).toHaveAttribute('aria-level', '4');
  await expect(selected).toContainText('餐饮油烟');
  await expect(p.measureText).toContainText('餐饮油烟');
  // a hit in a part's 主要内容 selects the part and shows its content
  await results.filter({ hasText: '主要内容' }).first().click();
  await expect(selected).toHaveAttribute('aria-level', '1');
  await expect(p.detail.getByRole('textbox', { name: '主要内容' })).toContainText('餐饮油烟');

  await box.fill('起草背景');
  await results.filter({ hasText: '起草说明第' }).first().click();
  await expect(p.view('起草说明')).toHaveAttribute('aria-selected', 'true');
  await expect(p.explanation).toContainText('起草背景及过程');
});

test('filters: by deadline, by lead unit; the counts panel charts measures per part and per lead unit', async ({ page, served }) => {
  const p = await open(page, served.url);
  await page.getByRole('combobox', { name: '按完成时限筛选' }).selectOption('2024年6月底前');
  await expect(page.getByRole('status').filter({ hasText: '项符合' })).toContainText('6 项符合');
  await expect(p.itemsAtLevel(4)).toHaveCount(6);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await page.getByRole('combobox', { name: '按牵头单位筛选' }).selectOption('区水务局');
  await expect(page.getByRole('status').filter({ hasText: '项符合' })).toContainText('24 项符合');

  const byPart = page.getByRole('list', { name: '各部分具体措施数' });
  await expect(byPart.getByRole('listitem')).toHaveCount(5);
  await expect(byPart.getByRole('listitem').first()).toHaveAttribute('aria-label', '大气污染防治：66项');
  await expect(page.getByRole('list', { name: '各牵头单位承担措施数' }).getByRole('listitem').first()).toHaveAttribute('aria-label', '区生态环境局：86项');
  await p.regionShot('counts-panel', page.getByRole('complementary', { name: '侧栏' }));
  await page.getByRole('button', { name: '清除筛选' }).click();
  await p.regionShot('outline', page.getByRole('region', { name: '大纲' }));
});

test('a measure’s units are picked by typing and a new unit is added; a deadline that cannot be read is not saved', async ({ page, served }) => {
  const p = await open(page, served.url);
  await p.itemsAtLevel(3).first().click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(p.detail).toContainText('具体措施');

  const lead = p.detail.getByRole('combobox', { name: '牵头单位', exact: true });
  await lead.click();
  await page.keyboard.insertText('生态环境');
  await expect(p.detail.getByRole('option', { name: '区生态环境局' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(p.detail.getByRole('list', { name: '已选牵头单位' })).toContainText('区生态环境局');
  // the per-unit chart follows at once
  await expect(page.getByRole('list', { name: '各牵头单位承担措施数' }).getByRole('listitem').first()).toHaveAttribute('aria-label', '区生态环境局：87项');

  const support = p.detail.getByRole('combobox', { name: '配合单位', exact: true });
  await support.click();
  await page.keyboard.insertText('怀柔区气象局');
  await p.detail.getByRole('option', { name: '添加新单位“怀柔区气象局”' }).click();
  await expect(p.detail.getByRole('list', { name: '已选配合单位' })).toContainText('怀柔区气象局');

  const deadline = p.detail.getByRole('textbox', { name: '完成时限' });
  const before = await deadline.inputValue();
  await deadline.fill('年底');
  await deadline.press('Enter');
  await expect(p.detail.getByRole('alert')).toContainText('“年底”不是可识别的完成时限');
  await p.saved();
  await page.reload();
  await p.waitLoaded();
  await p.itemsAtLevel(3).first().click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(p.detail.getByRole('textbox', { name: '完成时限' })).toHaveValue(before);
  await expect(p.detail.getByRole('list', { name: '已选配合单位' })).toContainText('怀柔区气象局');
});
