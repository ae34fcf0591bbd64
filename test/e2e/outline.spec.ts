import { expect, test } from './fixtures.ts';

test('the sample shows every count sentence, and adding a measure moves them; a reload keeps it', async ({ planPage: p, page }) => {
  await expect(page.getByTestId('plan-title')).toContainText('示例');
  await expect(p.total).toContainText('共计92项重点任务、205项具体措施。');
  await expect(p.partSentences()).toHaveCount(5);
  await expect(p.partSentences().first()).toContainText('本部分内容包括六个方面，27项重点任务，66项具体措施。');

  // select a key task (expanded aspects show their tasks), add a measure under it
  const task = p.itemsAtLevel(3).first();
  await task.click();
  await expect(task).toHaveAttribute('aria-selected', 'true');
  await p.button('添加具体措施').click();
  const input = page.getByRole('textbox', { name: '新具体措施的内容' });
  await expect(input).toBeFocused();
  await page.keyboard.insertText('2024年底前完成怀柔区全部加油站油气回收在线监控设备安装。');
  await page.keyboard.press('Enter');

  await expect(p.total).toContainText('共计92项重点任务、206项具体措施。');
  await expect(p.partSentences().first()).toContainText('本部分内容包括六个方面，27项重点任务，67项具体措施。');
  const added = p.item(/油气回收在线监控设备安装/);
  await expect(added).toHaveAttribute('aria-selected', 'true');
  await expect(added).toHaveAttribute('aria-level', '4');
  await p.screenshot('outline-after-add');

  await page.reload();
  await p.waitLoaded();
  await expect(p.total).toContainText('206项具体措施');
  await task.click();
  await page.keyboard.press('ArrowRight');
  await expect(p.item(/油气回收在线监控设备安装/)).toBeVisible();
});

test('the outline is a keyboard tree: arrows move, Right/Left open and close, F2 renames, Delete removes', async ({ planPage: p, page }) => {
  const firstPart = p.itemsAtLevel(1).first();
  await firstPart.click();
  await expect(firstPart).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  const firstAspect = p.itemsAtLevel(2).first();
  await expect(firstAspect).toBeFocused();
  await expect(firstAspect).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft'); // aspect is open → closes
  await expect(firstAspect).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowRight');
  await expect(firstAspect).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowRight'); // open → moves to the first child
  const firstTask = p.itemsAtLevel(3).first();
  await expect(firstTask).toBeFocused();
  await page.keyboard.press('ArrowLeft'); // closed task → goes to its parent
  await expect(firstAspect).toBeFocused();

  // rename with F2, Enter finishes
  await page.keyboard.press('F2');
  const box = page.getByRole('textbox', { name: '修改方面' });
  await expect(box).toBeFocused();
  await box.fill('实施挥发性有机物综合治理专项行动');
  await page.keyboard.press('Enter');
  await expect(p.item(/挥发性有机物综合治理专项行动/)).toBeVisible();

  // delete the first key task (3 measures) after confirming: counts drop at once
  await firstTask.click();
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText(/及其下属的 \d+ 个节点/);
  await confirm.getByRole('button', { name: '删除' }).click();
  await expect(p.total).toContainText(/共计91项重点任务、20[0-4]项具体措施。/);
  await expect(p.partSentences().first()).toContainText(/六个方面，26项重点任务，6[1-5]项具体措施/);
});

test('adding an aspect beside the selected aspect and a key task under it', async ({ planPage: p, page }) => {
  await p.itemsAtLevel(2).first().click();
  await p.button('添加方面').click();
  await page.keyboard.insertText('强化移动源排放监管');
  await page.keyboard.press('Enter');
  await expect(p.partSentences().first()).toContainText('本部分内容包括七个方面');
  await expect(p.item(/强化移动源排放监管/)).toHaveAttribute('aria-posinset', '2');
  await p.button('添加重点任务').click();
  await page.keyboard.insertText('加强重型柴油车执法检查');
  await page.keyboard.press('Enter');
  await expect(p.partSentences().first()).toContainText('七个方面，28项重点任务，66项具体措施');
  // Escape abandons an add: nothing changes
  await p.button('添加具体措施').click();
  await page.keyboard.insertText('不要保存');
  await page.keyboard.press('Escape');
  await expect(p.total).toContainText('205项具体措施');
  await p.screenshot('outline-new-aspect');
});

test('a measure shows its units and deadline, and edits are saved', async ({ planPage: p, page }) => {
  await p.itemsAtLevel(3).first().click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  const detail = page.getByRole('region', { name: '节点详情' });
  await expect(detail).toContainText('具体措施');
  const deadline = detail.getByRole('textbox', { name: '完成时限' });
  await expect(deadline).not.toHaveValue('');
  await deadline.fill('2024年9月底前');
  await detail.getByRole('combobox', { name: '牵头单位' }).click(); // leaving the field saves
  await page.reload();
  await p.waitLoaded();
  await p.itemsAtLevel(3).first().click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('region', { name: '节点详情' }).getByRole('textbox', { name: '完成时限' })).toHaveValue('2024年9月底前');
  await p.screenshot('measure-detail');
});

test('a bad path gives a Chinese error and the plan stays open', async ({ planPage: p, page }) => {
  await (await p.fileMenuItem('打开…')).click();
  await page.getByRole('textbox', { name: '文件路径（.qicao）' }).fill('/不存在/计划.qicao');
  await page.getByRole('button', { name: '打开', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('找不到文件');
  await expect(p.total).toContainText('205项具体措施');
});
