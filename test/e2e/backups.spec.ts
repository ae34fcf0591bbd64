// 备份: take a backup, keep editing, restore it; the restore itself can be taken back.
import { expect, test } from './fixtures.ts';

test('restore a backup, then undo the restore from the before-restore backup', async ({ planPage: p, page }) => {
  await page.getByRole('tab', { name: '备份' }).click();
  const panel = page.getByRole('region', { name: '备份' });
  await panel.getByRole('button', { name: '立即备份' }).click();
  await expect(panel.getByRole('status')).toContainText('已备份');
  await expect(panel.getByRole('listitem')).toHaveCount(1);

  // an edit after the backup
  await p.itemsAtLevel(3).first().click();
  await p.button('添加具体措施').click();
  await page.keyboard.insertText('备份之后新增的措施。');
  await page.keyboard.press('Enter');
  await page.getByRole('tab', { name: '计数' }).click();
  await expect(p.total).toContainText('206项具体措施');

  await page.getByRole('tab', { name: '备份' }).click();
  await panel.getByRole('listitem').filter({ hasText: '手动' }).getByRole('button', { name: '恢复…' }).click();
  await panel.getByRole('group', { name: '确认恢复' }).getByRole('button', { name: '恢复' }).click();
  await expect(panel.getByRole('status')).toContainText('已恢复');
  await page.screenshot({ path: 'test-results/screenshots/backups-panel.png' });
  await page.getByRole('tab', { name: '计数' }).click();
  await expect(p.total).toContainText('205项具体措施');
  await page.getByRole('tab', { name: '备份' }).click();

  // the state before the restore was kept: restoring it brings the edit back
  await panel.getByRole('listitem').filter({ hasText: '恢复备份前' }).getByRole('button', { name: '恢复…' }).click();
  await panel.getByRole('group', { name: '确认恢复' }).getByRole('button', { name: '恢复' }).click();
  await expect(panel.getByRole('status')).toContainText('已恢复');
  await page.getByRole('tab', { name: '计数' }).click();
  await expect(p.total).toContainText('206项具体措施');
});
