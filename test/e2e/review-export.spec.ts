// 审校 and 导出 in the window: a finding is fixed in one click, another dismissed with a reason
// that survives a reload; exports are written next to the plan as Word files a reader we did not
// write can open, and the dialog says where.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from './fixtures.ts';

function rowsOf(file: string): number {
  // measure rows: the ones numbered 1, 2, 3 … (the header repeats where the table breaks)
  const script = 'import docx,sys; d=docx.Document(sys.argv[1]); print(sum(1 for t in d.tables for r in t.rows if r.cells[0].text.strip().isdigit()))';
  return Number(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }).trim());
}

test('审校: fix a half-width comma in one click, dismiss a warning with a reason', async ({ page, served }) => {
  // a measure with a drafting mistake, added through the window's own API (the served
  // process holds the plan file exclusively, so the CLI cannot write to it meanwhile)
  await page.goto(served.url);
  const added = await page.evaluate(async () => {
    const call = async (channel: string, input: unknown) =>
      (
        await (
          await fetch(`/api/${channel}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-qicao-token': sessionStorage.getItem('qicao.token') ?? '' },
            body: JSON.stringify(input),
          })
        ).json()
      ).value;
    const outline = await call('plan.outline', {});
    const parentId = outline[1].children[0].children[0].id;
    return (await call('node.add', { parentId, kind: 'measure', title: '加强饮用水水源地巡查,确保水质稳定达标。' })).id as number;
  });
  expect(added).toBeGreaterThan(0);
  await page.reload();

  await page.getByRole('tab', { name: '审校' }).click();
  const panel = page.getByRole('region', { name: '审校' });
  const errors = panel.getByRole('region', { name: /错误/ });
  await expect(errors).toContainText('巡查,确保');
  await errors.getByRole('button', { name: '修正为“，”' }).first().click();
  await expect(panel).not.toContainText('巡查,确保');
  await page.screenshot({ path: 'test-results/screenshots/review-panel.png' });

  // the fix reached the plan itself
  const text = await page.evaluate(async (id) => {
    const res = await fetch('/api/node.get', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-qicao-token': sessionStorage.getItem('qicao.token') ?? '' },
      body: JSON.stringify({ id }),
    });
    return (await res.json()).value.title as string;
  }, added);
  expect(text).toBe('加强饮用水水源地巡查，确保水质稳定达标。');

  const warnings = panel.getByRole('region', { name: /提示/ });
  // the measure was added without 牵头单位 and 完成时限: a completeness warning that jumps to it
  await expect(warnings).toContainText('没有填写牵头单位和完成时限');
  await warnings.getByRole('button', { name: /加强饮用水水源地巡查/ }).click();
  await expect(page.getByRole('textbox', { name: '措施内容' })).toHaveText('加强饮用水水源地巡查，确保水质稳定达标。');

  // the 78% < 79.1% warning is intended: dismiss it with a reason; it stays dismissed
  await expect(warnings).toContainText('78%');
  await warnings.getByRole('button', { name: '忽略…' }).first().click();
  await panel.getByRole('textbox', { name: '忽略理由' }).fill('市级下达目标即为78%，按市级口径');
  await panel.getByRole('button', { name: '确定' }).click();
  await expect(panel).toContainText('已忽略1条');
  await page.reload();
  await page.getByRole('tab', { name: '审校' }).click();
  await expect(page.getByRole('region', { name: '审校' })).toContainText('已忽略1条');
  await expect(page.getByRole('region', { name: '审校' })).not.toContainText('比率达到78%');
});

test('导出: the assignment table is written next to the plan as a Word file with one row per measure', async ({ planPage: _p, page, served }) => {
  await page.getByRole('button', { name: '导出…' }).click();
  const dialog = page.getByRole('dialog', { name: '导出 Word 文件' });
  await dialog.getByText('任务分工表', { exact: true }).click();
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  const written = dialog.getByRole('status', { name: '已写出的文件' });
  const folder = path.dirname(served.file);
  await expect(written).toContainText(`已导出到 ${folder}`);
  const file = path.join(folder, '2024年行动计划任务分工表.docx');
  await expect(written.getByTestId('written-path')).toHaveText(file);
  expect(rowsOf(file)).toBe(205);

  // a unit's own list, and a preview of the plan's first pages
  await dialog.getByText('单位任务清单', { exact: true }).click();
  await dialog.getByRole('combobox', { name: '单位' }).selectOption('区水务局');
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  await expect(dialog.getByRole('status', { name: '已写出的文件' }).getByTestId('written-path')).toHaveText(path.join(folder, '区水务局承担任务清单.docx'));
  await dialog.getByText('行动计划', { exact: true }).click();
  await dialog.getByRole('button', { name: '预览' }).click();
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  await expect(dialog.getByRole('img', { name: '第1页预览' })).toBeVisible({ timeout: 90_000 });
  await page.screenshot({ path: 'test-results/screenshots/export-dialog.png' });
});
