// The whole consultation cycle of issue #12 through the window alone, as a first-time drafter
// would do it: send a round to four units into a new folder, take back their four files at once
// (Word-made, LibreOffice-made, an Excel form, a 无意见 letter), resolve every comment beside
// the plan text, compare 征求意见稿 with 报审稿, and export the documents. Prints how long it took.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures.ts';
import { ComparePage } from './pages/compare-page.ts';
import { makeReturnedFiles } from './pages/returned-files.ts';

const SHOTS = 'test-results/screenshots';

test('the consultation round in one sitting: send, take back, resolve, compare, export', async ({ planPage: p, page, served }) => {
  test.setTimeout(300_000);
  const started = Date.now();
  const files = await makeReturnedFiles();
  const base = path.dirname(served.file);

  // 1. send the round to four units, into a folder made on the way
  await page.getByRole('tab', { name: '征求意见' }).click();
  await page.getByRole('button', { name: '发出新一轮…' }).click();
  const form = page.getByRole('form', { name: '发出征求意见' });
  await form.getByLabel('轮次名称').fill('第一轮');
  const sent = form.getByLabel('发出日期', { exact: true });
  await sent.fill('2024年2月20日');
  await sent.press('Enter');
  const due = form.getByLabel('反馈截止', { exact: true });
  await due.fill('2024年3月1日');
  await due.press('Enter');
  for (const unit of ['区交通局', '区城市管理委', '雁栖镇', '区水务局']) await form.getByLabel(unit, { exact: true }).check();
  await form.getByRole('button', { name: '选择文件夹…' }).click();
  const picker = page.getByRole('dialog', { name: '选择保存征求意见材料的文件夹' });
  await picker.getByRole('button', { name: '新建文件夹…' }).click();
  await picker.getByLabel('新文件夹名称').fill('征求意见');
  await picker.getByRole('button', { name: '新建', exact: true }).click();
  await expect(picker.getByTestId('folder-picker-path')).toHaveText(path.join(base, '征求意见'));
  await picker.getByRole('button', { name: '选择此文件夹' }).click();
  await form.getByRole('button', { name: '发出', exact: true }).click();
  const written = page.getByRole('status', { name: '已写出的文件' });
  await expect(written.getByTestId('written-path')).toHaveCount(9); // the draft and 2 forms per unit
  for (const f of await written.getByTestId('written-path').allTextContents()) expect(fs.existsSync(f)).toBe(true);

  // 2. the four returned files at once; the units are read from the files
  await page.getByRole('button', { name: '导入反馈…' }).click();
  const intake = page.getByRole('dialog', { name: '导入反馈文件' });
  await intake.getByLabel('返回的文件').setInputFiles([files.word, files.libreOffice, files.excel, files.letter]);
  await expect(intake.getByRole('button', { name: '全部导入（4 个文件）' })).toBeEnabled({ timeout: 30_000 });
  await page.screenshot({ path: `${SHOTS}/cycle-intake.png` });
  await intake.getByRole('button', { name: '全部导入（4 个文件）' }).click();
  await expect(intake.getByRole('row', { name: path.basename(files.letter) })).toContainText('已记录区水务局无意见', { timeout: 30_000 });
  await expect(intake.locator('tbody tr[data-state="done"]')).toHaveCount(4);
  await intake.getByRole('button', { name: '完成' }).click();
  await expect(page.getByText('有待处理意见（4）')).toBeVisible();

  // 3. resolve each comment beside the words it concerns
  await page.getByRole('button', { name: '审阅意见' }).click();
  const review = page.getByRole('region', { name: '意见审阅' });
  const card = (text: string) => review.locator('[data-testid="review-comment"]', { hasText: text });

  const comment = card('建议明确责任分工');
  await comment.getByRole('button', { name: /建议明确责任分工/ }).click();
  await comment.getByLabel('理由或修改情况').fill('已明确。');
  await comment.getByRole('button', { name: '采纳', exact: true }).click();
  await expect(comment.getByTestId('review-status')).toHaveText('采纳');

  const insertion = card('插入');
  await insertion.getByRole('button', { name: /插入/ }).click();
  await insertion.getByRole('button', { name: '接受修订' }).click();
  await expect(insertion.getByTestId('review-status')).toHaveText('采纳');

  // the LibreOffice deletion sits in part 一's 主要内容, where its quoted words are
  const deletion = card('倡导绿色生活方式');
  await deletion.getByRole('button', { name: /删除/ }).click();
  await expect(review.locator('.rv-hl .field-content mark.rv-del')).toHaveText('，倡导绿色生活方式');
  await page.screenshot({ path: `${SHOTS}/cycle-review-deletion.png` });
  await deletion.getByRole('button', { name: '接受修订' }).click();
  await expect(deletion.getByTestId('review-status')).toHaveText('采纳');
  await expect(review.locator('.rv-row.depth-0 .field-content').first()).not.toContainText('，倡导绿色生活方式');

  const row = card('油气回收');
  await row.getByRole('button', { name: /油气回收/ }).click();
  await row.getByLabel('理由或修改情况').fill('已在第一部分（一）4.中体现。');
  await row.getByRole('button', { name: '不采纳', exact: true }).click();
  await expect(row.getByTestId('review-status')).toHaveText('不采纳');
  await expect(page.getByText('有待处理意见（')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/cycle-review-done.png` });

  // 4. 报审稿 against the 征求意见稿: each change with the comment behind it
  await page.getByRole('tab', { name: '计划内容' }).click();
  const c = new ComparePage(page);
  await c.openDraftsPanel();
  await c.takeDraft('报审稿');
  await c.openCompare();
  await c.choose('第一轮征求意见稿', '报审稿');
  await expect(c.view.getByTestId('compare-summary')).toContainText('修改 2 处');
  const changed = c.rowsInState('修改');
  await expect(changed.first().getByRole('region', { name: '相关意见' }).or(changed.first().locator('.cmp-comments'))).toContainText('区');
  // full width: the compare fills the window, its two columns side by side
  const box = (await c.view.boundingBox())!;
  expect(box.width).toBeGreaterThan(1300);
  await page.screenshot({ path: `${SHOTS}/cycle-compare.png` });
  await c.view.getByRole('button', { name: '关闭' }).click();

  // 5. the documents, next to the plan, no pending warning left
  await page.getByRole('button', { name: '导出…' }).click();
  const dialog = page.getByRole('dialog', { name: '导出 Word 文件' });
  for (const what of ['行动计划', '起草说明', '任务分工表', '意见采纳情况表']) {
    await dialog.getByText(what, { exact: true }).click();
    await expect(dialog.getByTestId('export-pending-note')).toHaveCount(0);
    await dialog.getByRole('button', { name: '导出', exact: true }).click();
    const out = dialog.getByRole('status', { name: '已写出的文件' }).getByTestId('written-path');
    await expect(out).toHaveCount(1, { timeout: 60_000 });
    expect(fs.existsSync((await out.textContent()) ?? '')).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`征求意见全流程（界面操作，自动化）用时 ${seconds} 秒`);
  fs.rmSync(files.dir, { recursive: true, force: true });
});
