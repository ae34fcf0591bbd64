// A plan that cannot be opened: the window says why and offers the way out; the file itself is
// left exactly as it was.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { backupDirFor } from '../../core/store/backups.ts';
import { createPlanFile, openPlanFile } from '../../core/store/open.ts';
import { writePlanInfo } from '../../core/store/plan-meta.ts';
import { createSamplePlan } from '../../seeds/sample.ts';
import { expect, test } from './fixtures.ts';

const hash = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

async function openByPath(page: import('@playwright/test').Page, p: import('./pages/plan-page.ts').PlanPage, file: string) {
  await (await p.fileMenuItem('打开…')).click();
  await page.getByRole('textbox', { name: '文件路径（.qicao）' }).fill(file);
  await page.getByRole('button', { name: '打开', exact: true }).click();
}

test('a damaged plan opens from its latest backup as a new file', async ({ planPage: p, page, served }) => {
  const dir = path.dirname(served.file);
  const damaged = path.join(dir, '受损计划.qicao');
  createSamplePlan(damaged).close();
  // a backup where the served app keeps them (its data folder is <dir>/data)
  const backups = backupDirFor(damaged, path.join(dir, 'data', 'qicao', 'backups'));
  fs.mkdirSync(backups, { recursive: true });
  fs.copyFileSync(damaged, path.join(backups, '20240301-093000-000-periodic.qicao'));
  fs.truncateSync(damaged, 8192);
  const before = hash(damaged);

  await openByPath(page, p, damaged);
  const dialog = page.getByRole('alertdialog', { name: '无法打开计划' });
  await expect(dialog).toContainText('已损坏');
  await expect(dialog).toContainText('2024-03-01 09:30');
  await page.screenshot({ path: 'test-results/screenshots/open-damaged.png' });
  await dialog.getByRole('button', { name: '打开最近的备份' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('plan-title')).toContainText('示例');
  await page.getByRole('tab', { name: '计数' }).click();
  await expect(p.total).toContainText('205项具体措施');
  expect(hash(damaged)).toBe(before);
  expect(fs.readdirSync(dir).some((f) => f.includes('从备份恢复'))).toBe(true);
});

test('a plan in use elsewhere opens as a copy', async ({ planPage: p, page, served }) => {
  const busy = path.join(path.dirname(served.file), '他人正在编辑.qicao');
  createPlanFile(busy, (db) => writePlanInfo(db, { title: '他人正在编辑的计划', year: 2024, isSample: false })).close();
  const holder = openPlanFile(busy, { backupDir: null }); // another Qicao holds it
  try {
    await openByPath(page, p, busy);
    const dialog = page.getByRole('alertdialog', { name: '无法打开计划' });
    await expect(dialog).toContainText('正在被另一个起草助手窗口或程序使用');
    await dialog.getByRole('button', { name: '打开副本' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('plan-title')).toContainText('他人正在编辑');
  } finally {
    holder.close();
  }
});
