// Files in the browser host: save a copy, create a new plan, go back through the recent list.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures.ts';

test('save a copy, create a new plan, and reopen the first from 最近打开', async ({ planPage: p, page, served }) => {
  const dir = path.dirname(served.file);
  await (await p.fileMenuItem('另存副本…')).click();
  const copyDialog = page.getByRole('dialog', { name: '另存副本' });
  await copyDialog.getByRole('textbox', { name: '文件路径（.qicao）' }).fill(path.join(dir, '副本'));
  await copyDialog.getByRole('button', { name: '保存副本' }).click();
  const done = page.getByRole('dialog', { name: '副本已保存' });
  await expect(done).toContainText(`已将计划的副本保存到“${path.join(dir, '副本.qicao')}”`);
  await done.getByRole('button', { name: '好' }).click();
  expect(fs.existsSync(path.join(dir, '副本.qicao'))).toBe(true);
  await expect(page.getByTestId('plan-title')).toContainText('示例');

  await (await p.fileMenuItem('新建计划…')).click();
  const create = page.getByRole('dialog', { name: '新建计划文件' });
  await create.getByRole('textbox', { name: '文件路径（.qicao）' }).fill(path.join(dir, '2025年测试计划.qicao'));
  await create.getByRole('button', { name: '新建', exact: true }).click();
  await expect(page.getByTestId('plan-title')).toHaveText('2025年测试计划');
  await expect(p.total).toContainText('0个部分，共计0项重点任务、0项具体措施。');
  await p.button('添加部分').click();
  await page.keyboard.insertText('大气污染防治');
  await page.keyboard.press('Enter');
  await expect(p.total).toContainText('1个部分');

  await p.button('文件').click();
  const recent = page.getByRole('menu', { name: '文件' });
  await expect(recent.getByRole('menuitem').filter({ hasText: '2025年测试计划' })).toBeVisible();
  await recent.getByRole('menuitem').filter({ hasText: '示例.qicao' }).click();
  await expect(p.total).toContainText('共计92项重点任务、205项具体措施。');
  await p.screenshot('files-reopened');
});
