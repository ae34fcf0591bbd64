// The plan's year through the window alone (issue #20): issue the plan, see structure locked
// until an adjustment is opened, write the first-quarter forms into a new folder, fill three of
// them as units would (one with its rows reordered, one with the 编号 column emptied), take them
// back at once, confirm the rows matched by text, then read the 台账 (counts, the 滞后 list, the
// units that did not report, an indicator typed in by month) and download the 调度通报, whose
// summary sentence is read back with python-docx. Screenshots of the ledger at two window sizes.
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures.ts';

const SHOTS = 'test-results/screenshots';
const FIRST_ROW = 6; // the measures sheet's first data row (header on row 5)

interface Filled {
  statuses: string[];
  texts: string[];
}

/** Fills a written form as a unit would: a status per row (cycled), progress text, problems for 滞后. */
async function fillForm(from: string, to: string, statuses: (i: number) => string, opts: { reorder?: boolean; dropIds?: boolean } = {}): Promise<Filled> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(from);
  const sheet = book.worksheets[0];
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = FIRST_ROW; sheet.getRow(r).getCell(2).value; r++) rows.push((sheet.getRow(r).values as ExcelJS.CellValue[]).slice(1, 11));
  if (opts.reorder) rows.reverse();
  const filled: Filled = { statuses: [], texts: [] };
  rows.forEach((values, i) => {
    const row = sheet.getRow(FIRST_ROW + i);
    const status = statuses(i);
    values.forEach((v, c) => (row.getCell(c + 1).value = v ?? null));
    if (opts.dropIds) row.getCell(2).value = null;
    row.getCell(7).value = `一季度已部署推进（第${i + 1}项）`;
    row.getCell(8).value = status;
    row.getCell(10).value = status === '滞后' ? '资金尚未到位' : null;
    filled.statuses.push(status);
    filled.texts.push(String(values[4]));
  });
  await book.xlsx.writeFile(to);
  return filled;
}

test('issue → forms → returns → 台账 → 调度通报, in the window', async ({ planPage: p, page, served }) => {
  test.setTimeout(240_000);
  const base = path.dirname(served.file);

  // 1. 印发
  await p.issuePlan();

  // structure is locked: the store's Chinese refusal is shown, nothing is added
  const task = p.itemsAtLevel(3).first();
  await task.click();
  await p.button('添加具体措施').click();
  await page.keyboard.insertText('2024年6月底前完成建筑工地扬尘在线监测设备全覆盖。');
  await page.keyboard.press('Enter');
  await expect(page.locator('.error-bar')).toContainText('计划已印发');
  await expect(p.total).toContainText('205项具体措施');
  await page.locator('.error-bar').getByRole('button', { name: '关闭提示' }).click();

  // … until an adjustment is opened; then the change is recorded in it
  await page.getByRole('button', { name: '开始调整…' }).click();
  const adjust = page.getByRole('dialog', { name: '开始调整' });
  await adjust.getByLabel('调整原因').fill('根据区政府常务会议意见，增加扬尘治理措施');
  await adjust.getByRole('button', { name: '开始调整' }).click();
  await expect(page.getByTestId('year-adjusting')).toContainText('调整中');
  await task.click();
  await p.button('添加具体措施').click();
  await page.keyboard.insertText('2024年6月底前完成建筑工地扬尘在线监测设备全覆盖。');
  await page.keyboard.press('Enter');
  await expect(p.total).toContainText('206项具体措施');
  await expect(page.getByTestId('year-adjusting')).toContainText('1 处改动');
  await page.getByRole('button', { name: '结束调整' }).click();
  await expect(page.getByTestId('year-adjusting')).toHaveCount(0);
  await page.getByRole('tab', { name: '年度调度' }).click();
  const panel = page.getByRole('tabpanel', { name: '年度调度' });
  await expect(panel.getByRole('list', { name: '调整记录' })).toContainText('根据区政府常务会议意见');
  await expect(panel.getByRole('list', { name: '调整记录' })).toContainText('扬尘在线监测');
  await page.screenshot({ path: `${SHOTS}/year-panel-adjustment.png` });

  // 2. 调度: the period, then the forms into a folder made in the picker
  await panel.getByLabel('新的调度期').fill('2024年第一季度');
  await panel.getByRole('button', { name: '添加调度期' }).click();
  await expect(panel.getByRole('list', { name: '调度期' })).toContainText('2024-01-01 至 2024-03-31');
  await panel.getByRole('button', { name: '生成填报表…' }).click();
  const forms = page.getByRole('dialog', { name: '生成填报表' });
  await expect(forms.getByLabel('调度期')).toHaveValue('2024年第一季度');
  await forms.getByRole('button', { name: '选择文件夹…' }).click();
  const picker = page.getByRole('dialog', { name: '选择保存填报表的文件夹' });
  await picker.getByRole('button', { name: '新建文件夹…' }).click();
  await picker.getByLabel('新文件夹名称').fill('一季度填报表');
  await picker.getByRole('button', { name: '新建', exact: true }).click();
  await picker.getByRole('button', { name: '选择此文件夹' }).click();
  await forms.getByRole('button', { name: '生成', exact: true }).click();
  const written = forms.getByRole('status', { name: '已写出的文件' });
  await expect(written.getByTestId('written-path').first()).toBeVisible();
  const paths = await written.getByTestId('written-path').allTextContents();
  expect(paths.length % 2).toBe(0);
  expect(paths.every((f) => f.startsWith(path.join(base, '一季度填报表')))).toBe(true);
  await page.screenshot({ path: `${SHOTS}/year-forms-written.png` });
  await forms.getByRole('button', { name: '完成' }).click();

  // 3. three units answer: one in order, one with its rows reversed, one with the ids emptied
  const formOf = (unit: string) => paths.find((f) => f.endsWith(`-${unit}.xlsx`))!;
  const back = path.join(base, '返回');
  fs.mkdirSync(back);
  const cycle = ['按计划推进', '已完成', '滞后', '未启动'];
  const water = await fillForm(formOf('区水务局'), path.join(back, '区水务局.xlsx'), (i) => cycle[i % 4]);
  const farm = await fillForm(formOf('区农业农村局'), path.join(back, '区农业农村局.xlsx'), (i) => (i === 0 ? '滞后' : '按计划推进'), { reorder: true });
  const office = await fillForm(formOf('区机关事务服务中心'), path.join(back, '区机关事务服务中心.xlsx'), () => '已完成', { dropIds: true });

  await panel.getByRole('button', { name: '收回填报表…' }).click();
  const intake = page.getByRole('dialog', { name: '收回填报表' });
  await intake.getByLabel('返回的填报表').setInputFiles(['区水务局.xlsx', '区农业农村局.xlsx', '区机关事务服务中心.xlsx'].map((f) => path.join(back, f)));
  await intake.getByRole('button', { name: '全部收回（3 个文件）' }).click();
  const fileRow = (name: string) => intake.getByRole('row', { name });
  await expect(fileRow('区水务局.xlsx')).toContainText('区水务局');
  await expect(fileRow('区水务局.xlsx')).toContainText('2024年第一季度');
  await expect(fileRow('区水务局.xlsx').getByTestId('intake-result')).toContainText(`${water.statuses.length} 行`);
  await expect(fileRow('区农业农村局.xlsx').getByTestId('intake-result')).toContainText(`${farm.statuses.length} 行`);
  await expect(fileRow('区机关事务服务中心.xlsx').getByTestId('intake-result')).toContainText(`${office.statuses.length} 行请确认`);

  // the rows matched by text wait for the drafter: each names the measure it was matched to
  const confirm = intake.getByRole('region', { name: '请确认的填报行' });
  await expect(confirm).toContainText(`请确认（${office.statuses.length} 行待确认）`);
  // one is re-targeted with the node picker (to the measure the unit meant), the others confirmed
  const first = confirm.getByRole('listitem').first();
  await first.getByRole('button', { name: '改挂到…' }).click();
  await first.getByLabel('改挂到措施').fill(office.texts[0].slice(0, 12));
  await first.getByRole('list', { name: '可选节点' }).getByRole('button').first().click();
  await expect(first).toContainText('已对应：');
  for (let i = 1; i < office.statuses.length; i++) await confirm.getByRole('button', { name: '确认', exact: true }).first().click();
  await expect(confirm).toContainText('请确认（0 行待确认）');
  await page.screenshot({ path: `${SHOTS}/year-intake.png` });
  await intake.getByRole('button', { name: '完成' }).click();

  // 4. the 台账
  await panel.getByRole('button', { name: '打开台账' }).click();
  const ledger = page.getByRole('tabpanel', { name: '台账' });
  const all = [...water.statuses, ...farm.statuses, ...office.statuses];
  const count = (s: string) => all.filter((x) => x === s).length;
  const total = 206;
  const sentence = `${total}项具体措施中，已完成${count('已完成')}项，按计划推进${count('按计划推进')}项，滞后${count('滞后')}项，未启动${count('未启动')}项，未报送${total - all.length}项`;
  await expect(ledger.getByTestId('ledger-sentence')).toContainText(sentence);
  await expect(ledger.getByTestId('tile-done')).toContainText(String(count('已完成')));
  await expect(ledger.getByTestId('tile-behind')).toContainText(String(count('滞后')));
  await expect(ledger.getByTestId('tile-notReported')).toContainText(String(total - all.length));
  // the 滞后 list names each measure reported 滞后, with its unit
  const lagging = ledger.getByTestId('lagging');
  const behindTexts = [...water.texts.filter((_, i) => water.statuses[i] === '滞后'), ...farm.texts.filter((_, i) => farm.statuses[i] === '滞后')];
  for (const t of behindTexts) await expect(lagging).toContainText(t.slice(0, 20));
  await expect(lagging).toContainText('区农业农村局');
  const notReported = ledger.getByTestId('units-not-reported');
  await expect(notReported).not.toContainText('区水务局');
  await expect(notReported).toContainText('区交通局');

  // an indicator's months typed in: saved as typed, the outlook follows
  const pm = ledger.getByRole('article', { name: 'PM2.5年均浓度' });
  await pm.getByText('填写各月实际值').click();
  await pm.getByLabel('PM2.5年均浓度1月实际值（微克/立方米）').fill('45');
  await pm.getByLabel('PM2.5年均浓度2月实际值（微克/立方米）').fill('38');
  await pm.getByLabel('PM2.5年均浓度3月实际值（微克/立方米）').fill('30');
  await pm.getByLabel('PM2.5年均浓度3月实际值（微克/立方米）').press('Enter');
  await expect(pm.getByTestId('indicator-outlook')).toContainText('剩余月份PM2.5平均浓度需不高于');
  const heavy = ledger.getByRole('article', { name: '重污染天数' });
  await heavy.getByText('填写各月实际值').click();
  await heavy.getByLabel('重污染天数1月实际值（天）').fill('2');
  await heavy.getByLabel('重污染天数1月实际值（天）').press('Enter');
  await expect(heavy.getByTestId('indicator-outlook')).toContainText('全年重污染天数余量2天');

  // filters: one unit's measures only
  await ledger.getByLabel('按牵头单位筛选').selectOption('区水务局');
  await expect(ledger.getByTestId('ledger-measures').locator('tbody tr')).toHaveCount(Math.min(50, water.statuses.length));
  await ledger.getByRole('button', { name: '清除筛选' }).click();

  // 5. the 调度通报 as a download; its summary sentence read back with python-docx
  const [download] = await Promise.all([page.waitForEvent('download'), ledger.getByRole('button', { name: '调度通报…' }).click()]);
  const saved = path.join(base, download.suggestedFilename());
  await download.saveAs(saved);
  const text = execFileSync('/usr/bin/python3', ['-c', 'import sys, docx; print("\\n".join(p.text for p in docx.Document(sys.argv[1]).paragraphs))', saved], { encoding: 'utf8' });
  expect(text).toContain(sentence);

  // 6. next year's plan from this one: carried-over measures and the background from the actuals
  await page.getByRole('tab', { name: '年度调度' }).click();
  await panel.getByRole('button', { name: '新建下一年度计划…' }).click();
  const next = page.getByRole('dialog', { name: '新建下一年度计划' });
  await expect(next.getByLabel('新计划文件')).toHaveValue(path.join(base, '2025年行动计划.qicao'));
  await next.getByRole('button', { name: '新建', exact: true }).click();
  const made = next.getByRole('status', { name: '下一年度计划已新建' });
  await expect(made).toContainText('2025 年度计划');
  await expect(made).toContainText('项未完成的措施标为结转');
  await expect(made.getByTestId('next-year-background')).toContainText('PM2.5');
  await page.screenshot({ path: `${SHOTS}/year-next-year.png` });
  await next.getByRole('button', { name: '关闭' }).click();
  await page.getByRole('tab', { name: '台账' }).click();
  const nextPlan = path.join(base, '2025年行动计划.qicao');

  // screenshots of the ledger and its charts at two window sizes; no sideways scrolling
  for (const [w, h] of [
    [1360, 860],
    [1024, 700],
  ]) {
    await page.setViewportSize({ width: w, height: h });
    const view = page.locator('.view');
    await view.evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/year-ledger-${w}.png` });
    await ledger.getByRole('region', { name: '完成情况图' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SHOTS}/year-ledger-charts-${w}.png` });
    await ledger.getByRole('region', { name: '指标', exact: true }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SHOTS}/year-ledger-indicators-${w}.png` });
    expect(await view.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  }

  // the new plan, opened: last year's plan, its actuals (a correction rewrites the background) and lineage
  await page.setViewportSize({ width: 1360, height: 860 });
  await page.getByRole('tab', { name: '年度调度' }).click();
  await panel.getByRole('button', { name: '新建下一年度计划…' }).click();
  const again = page.getByRole('dialog', { name: '新建下一年度计划' });
  await again.getByLabel('新计划文件').fill(path.join(base, '2025年行动计划（二）.qicao'));
  await again.getByRole('button', { name: '新建', exact: true }).click();
  await again.getByRole('button', { name: '打开新计划' }).click();
  await p.waitLoaded();
  await page.getByRole('tab', { name: '年度调度' }).click();
  const prior = page.getByRole('region', { name: '上年计划' });
  await expect(prior).toContainText('怀政办发〔2024〕3号');
  await expect(prior.getByTestId('prior-background')).toContainText('PM2.5年均浓度37.7微克/立方米');
  await prior.getByLabel('上年PM2.5年均浓度（微克/立方米）').fill('31');
  await prior.getByLabel('上年PM2.5年均浓度（微克/立方米）').press('Enter');
  await expect(prior.getByTestId('prior-background')).toContainText('PM2.5年均浓度31微克/立方米');
  await page.screenshot({ path: `${SHOTS}/year-prior-panel.png` });
  expect(fs.existsSync(nextPlan)).toBe(true);
});
