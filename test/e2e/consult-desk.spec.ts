// The consultation desk (#12) in chromium, through the window alone: the wide review view with
// comments beside the plan text, several returned files taken at once with their units read
// from the files, a round sent to a folder made in our own folder picker, the export warning
// while comments are pending, and the window at 1024×700 with Chinese controls only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { call } from './pages/api.ts';
import { makeReturnedFiles } from './pages/returned-files.ts';

const SHOTS = 'test-results/screenshots';

async function sendRoundByApi(page: Page, units: string[]) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'qicao-e2e-round-'));
  await call(page, 'consult.sendRound', { name: '第一轮', sentDate: '2024-02-20', dueDate: '2024-03-01', units, outDir: out });
  return out;
}

test('review view: a click on a comment brings its words into view, marked; 采纳 there updates the outline at once', async ({ planPage: p, page }) => {
  test.setTimeout(120_000);
  const files = await makeReturnedFiles();
  await sendRoundByApi(page, ['区交通局', '区城市管理委']);
  const base64 = fs.readFileSync(files.word).toString('base64');
  await call(page, 'consult.importFeedback', { unit: '区交通局', fileName: path.basename(files.word), base64 });
  // a comment from a phone call, not yet tied to any part of the plan
  await call(page, 'consult.addComment', { unit: '区城市管理委', text: '建议补充垃圾分类宣传的内容。' });
  await page.reload();
  await p.waitLoaded();

  await page.getByRole('tab', { name: '意见审阅' }).click();
  const review = page.getByRole('region', { name: '意见审阅' });
  await expect(review).toBeVisible();
  // wide: the side panels step aside, the review takes their room
  expect((await review.boundingBox())!.width).toBeGreaterThan(850);

  const card = review.locator(`[data-testid="review-comment"]`, { hasText: '建议明确责任分工和完成时限' });
  const row = review.locator(`[data-node-id="${files.commented.id}"]`);
  await expect(row).not.toBeInViewport();
  await card.getByRole('button', { name: /建议明确责任分工/ }).click();
  // the commented measure (the plan's last) scrolled into view, its words marked
  await expect(row).toHaveClass(/rv-hl/);
  await expect(row.locator('mark')).toHaveText(files.commented.title);
  await expect(row.locator('mark')).toBeInViewport();
  await expect(card).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/desk-review-selected.png` });

  // an error shows inside the card, where the drafter acted
  await card.getByRole('button', { name: '不采纳', exact: true }).click();
  await expect(card.getByRole('alert')).toContainText('不采纳须写明理由');
  await expect(card.getByRole('alert')).toBeInViewport();

  // the outline, filtered to 有待处理意见 (2 nodes), marks the measure
  await page.getByLabel('有待处理意见（2）').check();
  const item = p.item(new RegExp(files.commented.title.slice(0, 12)));
  await expect(item.locator('.comment-mark')).toBeVisible();
  await card.getByLabel('理由或修改情况').fill('已在措施中写明牵头单位和完成时限。');
  await card.getByRole('button', { name: '采纳', exact: true }).click();
  await expect(card.getByTestId('review-status')).toHaveText('采纳');
  // no reload: the filter counts one node less and the measure has left the filtered outline
  await expect(page.getByLabel('有待处理意见（1）')).toBeChecked();
  await expect(item).toHaveCount(0);
  await expect(p.item(new RegExp(files.inserted.title.slice(0, 12))).locator('.comment-mark')).toBeVisible();

  // the tracked insertion: 接受修订 on its card changes the plan text shown beside it
  const insertion = review.locator('[data-testid="review-comment"]', { hasText: '插入' });
  await insertion.getByRole('button', { name: /插入/ }).click();
  const insRow = review.locator(`[data-node-id="${files.inserted.id}"]`);
  await expect(insRow.locator('ins.rv-ins')).toHaveText('全面');
  await insertion.getByRole('button', { name: '接受修订' }).click();
  await expect(insertion.getByTestId('review-status')).toHaveText('采纳');
  const accepted = `${files.inserted.after}全面${files.inserted.title.slice(4)}`;
  await expect(insRow.locator('.field-title')).toHaveText(`（1）${accepted}`); // inserted once, not twice
  await expect(insRow.locator('.field-title mark')).toHaveText('全面');
  await expect(page.getByText('有待处理意见（')).toHaveCount(0);
  await expect(p.tree.locator('.comment-mark')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/desk-review-resolved.png` });

  // relinking the unlinked comment from the review view: it moves beside the measure it concerns
  const unlinked = review.getByRole('region', { name: '未关联的意见' });
  const loose = unlinked.locator('[data-testid="review-comment"]', { hasText: '垃圾分类宣传' });
  await loose.getByRole('button', { name: /垃圾分类宣传/ }).click();
  await loose.getByRole('button', { name: '关联节点…' }).click();
  await loose.getByLabel('关联到').fill('倡导绿色生活方式');
  await loose.getByRole('list', { name: '可选节点' }).getByRole('button').first().click();
  await expect(unlinked).toHaveCount(0);
  const relinked = review.locator('.rv-row [data-testid="review-comment"]', { hasText: '垃圾分类宣传' });
  await expect(relinked).toBeVisible();
  await expect(relinked).toBeInViewport();
  await expect(page.getByText('有待处理意见（1）')).toBeVisible();
  fs.rmSync(files.dir, { recursive: true, force: true });
});

test('returned files: four picked at once, each unit read from its file, confirmed, all imported', async ({ planPage: p, page }) => {
  test.setTimeout(120_000);
  const files = await makeReturnedFiles();
  await sendRoundByApi(page, ['区交通局', '区城市管理委', '雁栖镇', '区水务局']);
  await page.reload();
  await p.waitLoaded();
  await page.getByRole('tab', { name: '征求意见' }).click();
  await page.getByRole('button', { name: '导入反馈…' }).click();
  const dialog = page.getByRole('dialog', { name: '导入反馈文件' });
  await expect(dialog.getByTestId('file-pick-chosen')).toHaveText('未选择文件');
  await expect(dialog.getByRole('button', { name: /全部导入/ })).toBeDisabled();
  await dialog.getByLabel('返回的文件').setInputFiles([files.word, files.libreOffice, files.excel, files.letter]);

  const unitOf = (file: string) => dialog.getByRole('combobox', { name: `${path.basename(file)}的反馈单位` });
  // each file is read on the server (about 2 s a file on a busy machine)
  await expect(unitOf(files.word)).toHaveValue('区交通局', { timeout: 30_000 });
  await expect(unitOf(files.libreOffice)).toHaveValue('区城市管理委');
  await expect(unitOf(files.excel)).toHaveValue('雁栖镇');
  await expect(unitOf(files.letter)).toHaveValue('区水务局');
  await expect(dialog.getByRole('row', { name: path.basename(files.excel) })).toContainText('据文件中的“反馈单位”识别');
  // the round's consulted units come first in each list
  const groups = await unitOf(files.word)
    .locator('optgroup')
    .evaluateAll((gs) => gs.map((g) => [g.getAttribute('label'), g.querySelectorAll('option').length]));
  expect(groups[0]).toEqual(['本轮征求的单位', 4]);
  await page.screenshot({ path: `${SHOTS}/desk-intake-detected.png` });

  await dialog.getByRole('button', { name: '全部导入（4 个文件）' }).click();
  await expect(dialog.getByRole('row', { name: path.basename(files.word) })).toContainText('已导入区交通局的 2 条意见');
  await expect(dialog.getByRole('row', { name: path.basename(files.libreOffice) })).toContainText('已导入区城市管理委的 1 条意见');
  await expect(dialog.getByRole('row', { name: path.basename(files.excel) })).toContainText('已导入雁栖镇的 1 条意见');
  await expect(dialog.getByRole('row', { name: path.basename(files.letter) })).toContainText('已记录区水务局无意见');
  await page.screenshot({ path: `${SHOTS}/desk-intake-done.png` });
  await dialog.getByRole('button', { name: '完成' }).click();
  await expect(page.getByRole('region', { name: '反馈情况' }).getByRole('row', { name: '区水务局' })).toContainText('无意见');
  fs.rmSync(files.dir, { recursive: true, force: true });
});

test('sending a round: dates in Chinese, a new folder made in the picker, the written files listed with their paths', async ({ planPage: _p, page, served }) => {
  const base = path.dirname(served.file);
  await page.getByRole('tab', { name: '征求意见' }).click();
  await page.getByRole('button', { name: '发出新一轮…' }).click();
  const form = page.getByRole('form', { name: '发出征求意见' });
  await form.getByLabel('轮次名称').fill('第一轮');
  await expect(form.locator('input[type="date"]')).toHaveCount(0);
  const sent = form.getByLabel('发出日期', { exact: true });
  await sent.fill('2024-2-3');
  await sent.press('Enter');
  await expect(sent).toHaveValue('2024年2月3日');
  await sent.fill('2024年2月30日');
  await sent.press('Enter');
  await expect(form.getByRole('alert')).toContainText('日期无法识别');
  await sent.fill('2024年2月20日');
  await sent.press('Enter');
  await expect(form.getByRole('alert')).toHaveCount(0);
  // the due date from the calendar
  await form.getByRole('button', { name: '反馈截止：打开日历' }).click();
  const calendar = page.getByRole('dialog', { name: '反馈截止：日历' });
  await expect(calendar).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/desk-calendar.png` });
  await calendar.getByRole('button', { name: '下一月' }).click();
  await calendar.getByRole('gridcell', { name: /年\d+月1日$/ }).click();
  await expect(form.getByLabel('反馈截止', { exact: true })).toHaveValue(/^\d{4}年\d{1,2}月1日$/);
  await form.getByLabel('区交通局').check();
  await form.getByLabel('区水务局').check();

  // the folder: the plan's own at first; a new one made in the picker
  await expect(form.getByLabel('材料保存到文件夹')).toHaveValue(base);
  await form.getByRole('button', { name: '选择文件夹…' }).click();
  const picker = page.getByRole('dialog', { name: '选择保存征求意见材料的文件夹' });
  await expect(picker.getByTestId('folder-picker-path')).toHaveText(base);
  await picker.getByRole('button', { name: '新建文件夹…' }).click();
  await picker.getByLabel('新文件夹名称').fill('第一轮材料');
  await picker.getByRole('button', { name: '新建', exact: true }).click();
  const folder = path.join(base, '第一轮材料');
  await expect(picker.getByTestId('folder-picker-path')).toHaveText(folder);
  await page.screenshot({ path: `${SHOTS}/desk-folder-picker.png` });
  await picker.getByRole('button', { name: '选择此文件夹' }).click();
  await expect(picker).toHaveCount(0);
  await expect(form.getByLabel('材料保存到文件夹')).toHaveValue(folder);

  await form.getByRole('button', { name: '发出', exact: true }).click();
  const written = page.getByRole('status', { name: '已写出的文件' });
  await expect(written).toContainText('已发出“第一轮”');
  const paths = await written.getByTestId('written-path').allTextContents();
  expect(paths.length).toBe(5); // the 征求意见稿 and a .docx and .xlsx form for each unit
  for (const p of paths) {
    expect(path.dirname(p)).toBe(folder);
    expect(fs.existsSync(p)).toBe(true);
  }
  await expect(written).toContainText(`已导出到 ${folder}`);
  await written.getByRole('button', { name: '打开所在文件夹' }).click();
  await expect(written).toContainText(`浏览器中无法直接打开文件夹。文件夹路径已复制`);
  await page.screenshot({ path: `${SHOTS}/desk-round-sent.png` });
});

test('export with comments pending: a warning first, then the file written to the plan folder with its path', async ({ planPage: p, page, served }) => {
  test.setTimeout(120_000);
  await sendRoundByApi(page, ['区交通局']);
  await call(page, 'consult.addComment', { unit: '区交通局', text: '建议增加公交专用道。' });
  await page.reload();
  await p.waitLoaded();
  await page.getByRole('button', { name: '导出…' }).click();
  const dialog = page.getByRole('dialog', { name: '导出 Word 文件' });
  await dialog.getByText('起草说明', { exact: true }).click();
  await expect(dialog.getByTestId('export-pending-note')).toContainText('还有 1 条意见待处理');
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  const warn = dialog.getByRole('alertdialog', { name: '还有意见待处理' });
  await expect(warn).toContainText('还有 1 条意见待处理');
  await page.screenshot({ path: `${SHOTS}/desk-export-pending.png` });
  await warn.getByRole('button', { name: '仍然导出' }).click();
  const written = dialog.getByRole('status', { name: '已写出的文件' });
  await expect(written).toContainText('已导出到');
  const [file] = await written.getByTestId('written-path').allTextContents();
  expect(path.dirname(file)).toBe(path.dirname(served.file));
  expect(file.endsWith('.docx')).toBe(true);
  expect(fs.statSync(file).size).toBeGreaterThan(1000);
});

test('1024×700: everything reachable, Escape closes the export dialog wherever focus is, disabled looks disabled, no English controls', async ({ planPage: p, page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  // nothing wider than the window, once the top bar has moved what does not fit into 更多… (it
  // re-measures on resize, one frame after the window shrinks)
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  const sideTabs = page.getByRole('tablist', { name: '侧栏' }).getByRole('tab');
  for (const tab of await sideTabs.all()) await expect(tab).toBeInViewport({ ratio: 1 });
  for (const name of ['撤销', '搜索', '导入…', '导出…']) await expect(page.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
  await expect(p.tree).toBeInViewport();
  await page.getByRole('tab', { name: '征求意见' }).click();
  await page.getByRole('button', { name: '发出新一轮…' }).click();
  const send = page.getByRole('button', { name: '发出', exact: true });
  // the panel scrolls: its last button can be brought into view
  await send.scrollIntoViewIfNeeded();
  await expect(send).toBeInViewport({ ratio: 1 });
  // disabled looks disabled: greyed, not the red of an enabled primary button
  await expect(send).toBeDisabled();
  const bg = await send.evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(bg).not.toBe('rgb(179, 38, 30)');
  await page.screenshot({ path: `${SHOTS}/desk-1024-consult.png` });
  // no browser-made English: no native date or visible file inputs anywhere
  await expect(page.locator('input[type="date"]')).toHaveCount(0);

  await page.getByRole('button', { name: '导出…' }).click();
  const dialog = page.getByRole('dialog', { name: '导出 Word 文件' });
  await expect(dialog.getByRole('button', { name: '导出', exact: true })).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByRole('button', { name: '关闭' })).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: `${SHOTS}/desk-1024-export.png` });
  // focus leaves the dialog (a click on the backdrop), then Escape
  await page.mouse.click(5, 690);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // the review view at this size: text and margin both on screen
  await page.getByRole('tab', { name: '意见审阅' }).click();
  await expect(page.getByRole('region', { name: '意见审阅' })).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/desk-1024-review.png` });
  // the side panels fold to their tabs, still on screen; a tab brings its panel back
  for (const tab of await sideTabs.all()) await expect(tab).toBeInViewport({ ratio: 1 });
  await page.getByRole('tab', { name: '征求意见' }).click();
  await expect(page.getByRole('tabpanel', { name: '征求意见' })).toBeVisible();
  await expect(page.getByRole('region', { name: '意见审阅' })).toHaveCount(0);

  // the 导入 dialog: its file control is ours, in Chinese
  await page.getByRole('button', { name: '导入…' }).click();
  const imp = page.getByRole('dialog').last();
  await expect(imp.getByRole('button', { name: '选择文件…' })).toBeVisible();
  await expect(imp.getByTestId('file-pick-chosen')).toHaveText('未选择文件');
  // the browser's own file input ("Choose File") is there for the file dialog only, out of sight
  const box = await imp.locator('input[type="file"]').boundingBox();
  expect(box === null || (box.width <= 1 && box.height <= 1)).toBe(true);
  await page.screenshot({ path: `${SHOTS}/desk-1024-import.png` });
  await imp.getByRole('button', { name: '取消' }).click();

  // the comparison covers the whole window, not the side panel; Escape closes it
  await page.getByRole('tab', { name: '稿件' }).click();
  await page.getByLabel('把当前稿保存为').fill('征求意见稿');
  await page.getByRole('button', { name: '保存当前稿' }).click();
  await page.getByRole('button', { name: '比较稿件…' }).click();
  const compare = page.getByRole('region', { name: '比较稿件' });
  await expect(compare.getByTestId('compare-summary')).toBeVisible();
  const compareBox = (await compare.boundingBox())!;
  expect(compareBox.width).toBeGreaterThanOrEqual(1000);
  await expect(compare.getByRole('button', { name: '关闭' })).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: `${SHOTS}/desk-1024-compare.png` });
  await page.keyboard.press('Escape');
  await expect(compare).toHaveCount(0);
});

test('resolving in the 征求意见 panel updates the outline filter at once; its error shows beside the buttons', async ({ planPage: p, page }) => {
  await sendRoundByApi(page, ['区交通局']);
  const outline = await call<{ id: number; title: string; children: unknown[] }[]>(page, 'plan.outline', {});
  await call(page, 'consult.addComment', { unit: '区交通局', nodeId: outline[0].id, text: '建议增加公交专用道。' });
  await page.reload();
  await p.waitLoaded();
  await page.getByLabel('有待处理意见（1）').check();
  await expect(p.item(new RegExp(outline[0].title)).locator('.comment-mark')).toBeVisible();

  await page.getByRole('tab', { name: '征求意见' }).click();
  await page
    .getByRole('region', { name: '意见列表' })
    .getByRole('button', { name: /公交专用道/ })
    .click();
  const detail = page.getByRole('region', { name: '意见详情' });
  await detail.getByLabel('不采纳').check();
  await detail.getByRole('button', { name: '保存处理意见' }).click();
  // 不采纳 without a reason: said right under the buttons, not at the top of the panel
  const alert = detail.getByRole('alert');
  await expect(alert).toContainText('不采纳的意见须写明理由');
  await expect(alert).toBeInViewport();
  await detail.getByLabel('理由或修改情况').fill('道路宽度不足，暂不具备条件。');
  await detail.getByRole('button', { name: '保存处理意见' }).click();
  await expect(detail.getByTestId('comment-status')).toHaveText('不采纳');
  // no reload: the filter has nothing left to show, the count is gone
  await expect(page.getByText('有待处理意见（')).toHaveCount(0);
  await expect(p.tree.locator('.comment-mark')).toHaveCount(0);
});
