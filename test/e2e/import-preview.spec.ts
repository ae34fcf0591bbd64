// The import preview (#11) in chromium: a Chaozhou-style plan is read as three levels, the
// drafter sees each paragraph's reading (units, deadline, what was set aside and why), changes
// the level mapping to four levels and sees the counts change, then creates the plan file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures.ts';

const SHOTS = 'test-results/screenshots';

test('import preview: see how each paragraph was read, change the level mapping, create the plan', async ({ planPage: _p, page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qicao-e2e-import-'));
  const target = path.join(dir, '潮州方案.qicao');

  await page.getByRole('button', { name: '导入…' }).click();
  const dialog = page.getByRole('dialog', { name: '导入文档' });
  await dialog.locator('input[type=file]').setInputFiles(path.resolve('test/fixtures/import/chaozhou-verb-style.txt'));
  await dialog.getByRole('textbox').fill(target);
  await dialog.getByRole('button', { name: '读取并预览' }).click();

  const totals = dialog.getByTestId('import-totals');
  await expect(totals).toContainText('1个部分，3项重点任务，7项具体措施；另有2个正文章节');
  // Each measure with the units its （…牵头，…参与） phrase named; the 版记 set aside with its reason.
  const rows = dialog.getByTestId('import-rows');
  const first = rows.locator('tr', { hasText: '制定实施生态环境准入清单' });
  await expect(first).toContainText('具体措施');
  await expect(first).toContainText('市生态环境局');
  await expect(first).toContainText('市发展和改革局');
  await expect(rows.locator('tr', { hasText: '抄送：省生态环境厅' })).toContainText('版记（抄送）');
  await expect(dialog.getByText('不会进入计划的文字（1段')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/import-preview-three-levels.png` });

  // The drafter reads （一） as 方面 and 1. as 重点任务: four levels, counts follow.
  await dialog.getByLabel('“（一）”级读作').selectOption('aspect');
  await dialog.getByLabel('“1.”级读作').selectOption('keyTask');
  await expect(totals).toContainText('1个部分，3个方面，7项重点任务，7项具体措施');
  await expect(dialog.locator('.import-reason')).toHaveText('按起草人指定的层级读取：“一、”为部分，“（一）”为方面，“1.”为重点任务。');
  await page.screenshot({ path: `${SHOTS}/import-preview-four-levels.png` });

  // And back: three levels again.
  await dialog.getByLabel('“（一）”级读作').selectOption('keyTask');
  await dialog.getByLabel('“1.”级读作').selectOption('measure');
  await expect(totals).toContainText('1个部分，3项重点任务，7项具体措施');

  await dialog.getByRole('button', { name: '创建计划' }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('潮州市2024年大气污染防治工作方案');
  expect(fs.existsSync(target)).toBe(true);
  await page.screenshot({ path: `${SHOTS}/import-created.png` });
});

test('import preview: a column the importer could not place is given its meaning by the drafter', async ({ planPage: _p, page }) => {
  const { makeDocx, p, table } = await import('../unit/import/make-docx.ts');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qicao-e2e-import-'));
  const docx = path.join(dir, '任务表.docx');
  fs.writeFileSync(
    docx,
    makeDocx(
      p('某区2024年大气污染防治重点任务表') +
        table([
          ['序号', '重点任务', '工作措施', '承办处室', '完成时限'],
          ['1', '治理工业废气', '完成10家企业VOCs深度治理。', '区生态环境分局', '2024年10月底前'],
          ['2', '治理扬尘', '落实施工工地“六个百分之百”。', '区住建局', '长期坚持'],
        ]),
    ),
  );
  await page.getByRole('button', { name: '导入…' }).click();
  const dialog = page.getByRole('dialog', { name: '导入文档' });
  await dialog.locator('input[type=file]').setInputFiles(docx);
  await dialog.getByRole('textbox').fill(path.join(dir, '任务表.qicao'));
  await dialog.getByRole('button', { name: '读取并预览' }).click();

  const totals = dialog.getByTestId('import-totals');
  await expect(totals).toContainText('2项具体措施；0个单位');
  await expect(dialog.locator('.import-notes')).toContainText('第1个表格的“承办处室”列未能识别含义');
  await expect(dialog.getByText('不会进入计划的文字（2段')).toBeVisible();

  await dialog.getByLabel('“承办处室”列的含义').selectOption('leadUnits');
  await expect(totals).toContainText('2项具体措施；2个单位');
  await expect(dialog.getByText('不会进入计划的文字')).toHaveCount(0);
  await expect(dialog.getByTestId('import-rows').locator('tr', { hasText: '完成10家企业' })).toContainText('区生态环境分局');
  await page.screenshot({ path: `${SHOTS}/import-preview-column-meaning.png` });

  await dialog.getByRole('button', { name: '创建计划' }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('共计2项重点任务、2项具体措施');
});
