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
  // the preamble is the plan's own: read as 前言, kept and exported, nothing left over
  await expect(rows.locator('tr', { hasText: '为深入打好蓝天保卫战' })).toContainText('前言');
  await expect(dialog.getByText('不会进入计划的文字')).toHaveCount(0);
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

test('import preview: the drafter corrects the units and roles of a row, and of all rows read the same way', async ({ planPage: _p, page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qicao-e2e-import-'));
  const target = path.join(dir, '扬尘方案.qicao');
  await page.getByRole('button', { name: '导入…' }).click();
  const dialog = page.getByRole('dialog', { name: '导入文档' });
  await dialog.locator('input[type=file]').setInputFiles(path.resolve('test/fixtures/import-corpus/responsible-first-group.txt'));
  await dialog.getByRole('textbox').fill(target);
  await dialog.getByRole('button', { name: '读取并预览' }).click();

  const rows = dialog.getByTestId('import-rows');
  const row = (text: string) => rows.locator('tr', { hasText: text });
  // the 责任单位 line after the last （n） was given to all three （n）: said in the notes and on the line
  await expect(dialog.locator('.import-notes')).toContainText('已用于这3项措施；如只属于最后一项，请在预览中更正');
  await expect(row('推行渣土运输车辆全密闭运输')).toContainText('区住房城乡建设委、区城市管理委');

  // The drafter: 区城市管理委 leads these, the others support — for this row and the two read the same way.
  await row('推行渣土运输车辆全密闭运输').getByRole('button', { name: '更正第6段的单位' }).click();
  const fix = dialog.getByRole('group', { name: '更正第6段的责任单位' });
  await fix.getByRole('button', { name: '⇄ 对调' }).click();
  await expect(fix.getByLabel('牵头单位（用顿号分隔）')).toHaveValue('区交通局、各镇乡人民政府、街道办事处');
  await fix.getByLabel('牵头单位（用顿号分隔）').fill('区城市管理委');
  await fix.getByLabel('配合单位（用顿号分隔）').fill('区住房城乡建设委、区交通局、各镇乡人民政府、街道办事处');
  await expect(fix.getByText('同类行一并更正（另有2行')).toBeVisible();
  await fix.getByLabel(/同类行一并更正/).check();
  await page.screenshot({ path: `${SHOTS}/import-preview-row-fix.png` });
  await fix.getByRole('button', { name: '应用更正' }).click();

  for (const text of ['严格落实施工工地', '推行渣土运输车辆全密闭运输', '对裸露地面及时苫盖绿化']) {
    await expect(row(text)).toContainText('区城市管理委');
    await expect(row(text)).toContainText('区住房城乡建设委、区交通局、各镇乡人民政府、街道办事处');
    await expect(row(text)).toContainText('起草人在预览中更正的责任单位');
  }
  // a row read otherwise is untouched
  await expect(row('物料堆场全部实现封闭储存')).toContainText('区商务局、区水务局');
  await expect(dialog.locator('.import-notes')).toContainText('起草人在预览中更正了3项措施');
  await page.screenshot({ path: `${SHOTS}/import-preview-row-fixed.png` });

  await dialog.getByRole('button', { name: '创建计划' }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('某区2024年扬尘污染精细化治理工作方案');
  // the plan file holds the corrected roles
  const { openPlanFile } = await import('../../core/store/open.ts');
  const { readPlan } = await import('../../core/store/read-plan.ts');
  const db = openPlanFile(target);
  try {
    const { taskGroupsOf } = await import('../../core/model/level-rules.ts');
    const measures = readPlan(db).parts.flatMap((p) => taskGroupsOf(p).flatMap((g) => g.keyTasks.flatMap((t) => t.children)));
    expect(measures.slice(0, 3).map((m) => [m.leadUnits, m.supportUnits])).toEqual(
      Array(3).fill([['区城市管理委'], ['区住房城乡建设委', '区交通局', '各镇乡人民政府、街道办事处']]),
    );
  } finally {
    db.close();
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

test('import preview: the indicators of 主要目标 and the preamble are shown, and land in the plan', async ({ planPage: _p, page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qicao-e2e-import-'));
  const target = path.join(dir, '工作方案.qicao');
  await page.getByRole('button', { name: '导入…' }).click();
  const dialog = page.getByRole('dialog', { name: '导入文档' });
  await dialog.locator('input[type=file]').setInputFiles(path.resolve('test/fixtures/import-corpus/quoted-title-verb-lists.txt'));
  await dialog.getByRole('textbox').fill(target);
  await dialog.getByRole('button', { name: '读取并预览' }).click();

  await expect(dialog.getByTestId('import-totals')).toContainText('“贯彻落实《北京市空气质量持续改善行动计划》2024年工作方案”');
  await expect(dialog.locator('.import-parts')).toContainText('指标：PM2.5年均浓度≤28微克/立方米；优良天数比率≥78%；重污染天数≤4天；挥发性有机物减排量≥290吨');
  await expect(dialog.locator('.import-parts')).toContainText('碳排放强度较2020年累计下降约15%');
  await expect(dialog.getByTestId('import-preamble')).toContainText('为贯彻落实《北京市空气质量持续改善行动计划》，持续改善全区空气质量，制定本方案。');
  await page.screenshot({ path: `${SHOTS}/import-preview-indicators.png` });

  await dialog.getByRole('button', { name: '创建计划' }).click();
  await expect(dialog.getByTestId('import-summary')).toBeVisible();
  const { openPlanFile } = await import('../../core/store/open.ts');
  const { readPlan } = await import('../../core/store/read-plan.ts');
  const db = openPlanFile(target);
  try {
    const plan = readPlan(db);
    expect(plan.parts[0].indicators.map((i) => [i.name, i.comparator, i.target])).toEqual([
      ['PM2.5年均浓度', '<=', 28],
      ['优良天数比率', '>=', 78],
      ['重污染天数', '<=', 4],
      ['挥发性有机物减排量', '>=', 290],
    ]);
    expect(plan.preamble).toContain('制定本方案。');
  } finally {
    db.close();
  }
  fs.rmSync(dir, { recursive: true, force: true });
});
