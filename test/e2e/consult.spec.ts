// 征求意见 in the window: a unit's returned Word file (Qicao's own 征求意见稿 with a tracked
// insertion in one measure) is imported through the file picker, the change is accepted in one
// click, the measure's text changes, the comment is 采纳, the unit shows as replied.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportPlan } from '../../core/documents/export/plan-document.ts';
import { readPlan } from '../../core/store/read-plan.ts';
import { createSamplePlan } from '../../seeds/sample.ts';
import { expect, test } from './fixtures.ts';
import { reviewDraft } from '../unit/consult/word-files.ts';
import { aspectsOf } from '../../core/model/level-rules.ts';

test('import a returned Word file, accept its tracked change, see the measure change and the unit replied', async ({ planPage: p, page }) => {
  // what a unit sends back: the 征求意见稿 exported by Qicao, with an insertion in the first measure.
  // The served plan is held open exclusively, so the draft comes from another copy of the sample:
  // the sample is built the same way every time, so its node ids are the same.
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qicao-e2e-consult-'));
  const copy = createSamplePlan(path.join(dir, '示例副本.qicao'));
  const plan = readPlan(copy);
  const draft = await exportPlan(plan, { consultation: true });
  copy.close();
  const measure = aspectsOf(plan.parts[0])[0].children[0].children[0];
  const after = measure.title.slice(0, 4);
  const returned = path.join(dir, '区交通局反馈.docx');
  fs.writeFileSync(returned, reviewDraft(draft, { insertion: { measureId: measure.id, after, text: '全面', author: '区交通局 陈晨' } }));
  const changed = `${after}全面${measure.title.slice(4)}`;

  // the shell shows the panel as a tab or a button named 征求意见
  await page
    .getByRole('tab', { name: '征求意见' })
    .or(page.getByRole('button', { name: '征求意见', exact: true }))
    .first()
    .click();
  await page.getByRole('button', { name: '导入反馈…' }).click();
  const intake = page.getByRole('dialog', { name: '导入反馈文件' });
  await intake.getByLabel('返回的文件').setInputFiles(returned);
  // the unit is read from the file (here its name) and offered for confirmation
  await expect(intake.getByRole('combobox', { name: '区交通局反馈.docx的反馈单位' })).toHaveValue('区交通局');
  await intake.getByRole('button', { name: /全部导入/ }).click();
  await expect(intake.getByRole('row', { name: '区交通局反馈.docx' })).toContainText('已导入区交通局的 1 条意见');
  await intake.getByRole('button', { name: '完成' }).click();

  const item = page.getByRole('region', { name: '意见列表' }).getByRole('button', { name: /修订·插入/ });
  await expect(item).toContainText('待处理');
  await item.click();
  const detail = page.getByRole('region', { name: '意见详情' });
  await expect(detail).toContainText(measure.title.slice(0, 20));
  await expect(detail.locator('ins')).toHaveText('全面');
  await detail.getByRole('button', { name: '接受修订' }).click();

  await expect(detail.getByTestId('comment-status')).toHaveText('采纳');
  await expect(detail.getByTestId('edit-after')).toHaveText(changed);
  await expect(item).toContainText('采纳');
  const dashboard = page.getByRole('region', { name: '反馈情况' });
  await expect(dashboard.getByRole('row', { name: '区交通局' })).toContainText('已反馈');
  await expect(page.getByTestId('consult-summary')).toHaveText('共征求1个单位意见，收到1个单位反馈意见1条，其中采纳1条。');
  await dashboard.screenshot({ path: 'test-results/screenshots/consult-dashboard.png' });
  await page.screenshot({ path: 'test-results/screenshots/consult-accepted.png' });

  // 定位 shows the measure in the outline, with its new text
  await detail.getByRole('button', { name: '定位' }).click();
  await expect(p.item(new RegExp(changed.slice(0, 12)))).toBeVisible();
  fs.rmSync(dir, { recursive: true, force: true });
});
