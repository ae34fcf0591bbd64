// Issue 21's small traps, each as a drafter meets it: Escape right after 导入… or 层级… opens,
// a disabled 删除 not drawn red, the 不采纳 message pointing at the field where it is, the
// 起草说明 following the drafting unit without a reload, 修改对照表 in 导出… and 比较稿件…
// not comparing the newest draft with itself; screenshots at 1360×860 and 1024×700.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures.ts';
import { ComparePage } from './pages/compare-page.ts';

const SHOTS = 'test-results/screenshots';

test('Escape closes 导入… and 层级… right after they open; a disabled 删除 is not red', async ({ planPage: p, page }) => {
  await page.getByRole('button', { name: '导入…' }).click();
  await expect(page.getByRole('dialog', { name: '导入文档' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: '导入文档' })).toHaveCount(0);

  await page.getByRole('button', { name: '层级…' }).click();
  await expect(page.getByRole('dialog', { name: '层级设置' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: '层级设置' })).toHaveCount(0);

  const remove = p.page.getByRole('toolbar', { name: '大纲操作' }).getByRole('button', { name: '删除' });
  await expect(remove).toBeDisabled();
  expect(await remove.evaluate((b) => getComputedStyle(b).color)).toBe('rgb(91, 100, 112)');
});

test('the 起草说明 follows the drafting unit at once; 修改对照表 in 导出…; compare does not default to a draft against itself', async ({ planPage: _p, page, served }) => {
  test.setTimeout(180_000);
  await page.getByRole('tab', { name: '起草说明' }).click();
  const ex = page.getByRole('region', { name: '起草说明编辑' });
  await expect(ex.getByLabel('起草说明正文')).toBeVisible();
  await page.getByTestId('plan-title').getByRole('button').click();
  await page.getByLabel('起草单位').fill('北京市怀柔区生态环境局');
  await page.getByRole('button', { name: '确定' }).click();
  await expect(ex.getByLabel('起草说明正文')).toContainText('北京市怀柔区生态环境局组织相关科室', { timeout: 15_000 });
  for (const size of [
    { width: 1360, height: 860 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/traps-explanation-${size.width}.png` });
  }
  await page.setViewportSize({ width: 1360, height: 860 });

  // a round makes the 征求意见稿; then one edit; then the drafter saves a 报审稿 draft
  await page.getByRole('tab', { name: '征求意见' }).click();
  await page.getByRole('button', { name: '发出新一轮…' }).click();
  const form = page.getByRole('form', { name: '发出征求意见' });
  await form.getByLabel('轮次名称').fill('第一轮');
  await form.getByLabel('区交通局', { exact: true }).check();
  const out = path.join(path.dirname(served.file), '征求意见');
  fs.mkdirSync(out);
  await form.getByLabel('材料保存到文件夹').fill(out);
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect(form.getByRole('button', { name: '发出', exact: true })).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/traps-round-1024.png` });
  await page.setViewportSize({ width: 1360, height: 860 });
  await form.getByRole('button', { name: '发出', exact: true }).click();
  await expect(page.getByRole('status', { name: '已写出的文件' }).getByTestId('written-path').first()).toBeVisible({ timeout: 60_000 });

  // nothing changed since the 征求意见稿: 导出… says so instead of writing an empty 修改对照表
  await page.getByRole('button', { name: '导出…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导出 Word 文件' });
  await dialog.getByText('修改对照表', { exact: true }).click();
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('没有可列入修改对照表的内容');
  await page.keyboard.press('Escape');

  // one edit after the round
  await page.getByRole('tab', { name: '计划内容' }).click();
  await page.getByLabel('按文字筛选').fill('加强加油站油气回收治理设施运行监管');
  await page
    .getByRole('tree', { name: '计划大纲' })
    .getByRole('treeitem', { name: /加强加油站油气回收治理设施运行监管/ })
    .click();
  await page.getByTestId('measure-text').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('每季度通报一次。');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: '撤销' })).toBeEnabled();
  const c = new ComparePage(page);
  await c.openDraftsPanel();
  await c.takeDraft('报审稿');
  await c.openCompare();
  // the newest saved draft (报审稿) is the current text: the round's 征求意见稿 is offered instead
  await expect(c.view.getByLabel('较早稿', { exact: true }).locator('option:checked')).toContainText('征求意见稿');
  await c.choose('报审稿', '报审稿');
  await expect(c.view.getByRole('button', { name: '导出修改对照表…' })).toBeDisabled();
  await c.view.getByRole('button', { name: '关闭' }).click();

  await page.getByRole('button', { name: '导出…', exact: true }).click();
  await dialog.getByText('修改对照表', { exact: true }).click();
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  const pending = dialog.getByRole('alertdialog', { name: '还有意见待处理' });
  if (await pending.isVisible()) await pending.getByRole('button', { name: '仍然导出' }).click();
  const written = dialog.getByRole('status', { name: '已写出的文件' }).getByTestId('written-path');
  await expect(written).toHaveCount(1, { timeout: 60_000 });
  expect(await written.textContent()).toContain('修改对照表');
  expect(fs.existsSync((await written.textContent())!)).toBe(true);
});
