// Issue 21's done-test: a drafter's first year through the window, counted. Last year's plan
// comes as a Word file made by our own export (made here with the CLI); it is imported, rolled
// forward to this year (the offered list of year changes, confirmed at once), sent to four units, their four files are taken back at once, the
// comments resolved (one with an edit in place beside the comment), and the whole 报审 set is
// written by 导出报审材料. Prints the clicks and key presses outside content typing.
import { strFromU8, unzipSync } from 'fflate';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { excelForm, libreOfficeReturn, noObjectionLetter, reviewDraft } from '../unit/consult/word-files.ts';
import { expect, test } from './fixtures.ts';
import { StepCounter } from './pages/step-counter.ts';

const QICAO = path.resolve('bin/qicao.js');
const SHOTS = 'test-results/screenshots';

function docxText(file: string): string {
  const r = spawnSync(
    '/usr/bin/python3',
    [
      '-c',
      'import sys,docx\nd=docx.Document(sys.argv[1])\nprint("\\n".join(p.text for p in d.paragraphs))\nfor t in d.tables:\n  for row in t.rows:\n    print("\\t".join(c.text for c in row.cells))',
      file,
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

/** A Word file's table rows, one a line, cells by tabs (a cell's paragraphs joined by a space). */
function docxRows(file: string): string[] {
  const r = spawnSync(
    '/usr/bin/python3',
    ['-c', 'import sys,docx\nd=docx.Document(sys.argv[1])\nfor t in d.tables:\n  for row in t.rows:\n    print("\\t".join(c.text.replace("\\n", " ") for c in row.cells))', file],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.split('\n');
}

test('first year: Word plan imported, edited, consulted, resolved in place, 报审材料 in one action', async ({ planPage: _p, page, served }) => {
  test.setTimeout(240_000);
  const ui = new StepCounter(page);
  const dir = path.dirname(served.file);

  // last year's plan as Word, from our own export
  const last = path.join(dir, 'last');
  fs.mkdirSync(last);
  const made = spawnSync(process.execPath, [QICAO, 'new', path.join(last, '去年.qicao'), '--sample'], { encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
  const out = spawnSync(process.execPath, [QICAO, 'export', path.join(last, '去年.qicao'), '--what', 'plan', '--out', path.join(last, '2024年行动计划.docx')], {
    encoding: 'utf8',
  });
  expect(out.status, out.stderr).toBe(0);
  const word = fs.readdirSync(last).find((f) => f.endsWith('.docx'))!;

  // 1. import it as this year's plan file
  const target = path.join(dir, '2025年行动计划.qicao');
  await ui.click(page.getByRole('button', { name: '导入…' }));
  const dialog = page.getByRole('dialog', { name: '导入文档' });
  await ui.files(dialog.locator('input[type=file]'), [path.join(last, word)]);
  await ui.folder(dialog.getByRole('textbox'), target);
  await ui.click(dialog.getByRole('button', { name: '读取并预览' }));
  await expect(dialog.getByRole('button', { name: '创建计划' })).toBeEnabled({ timeout: 60_000 });
  // at 1024×700 创建计划 is on screen without scrolling the preview; "只看略去……" leaves only such rows (none in our own export)
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect(dialog.getByRole('button', { name: '创建计划' })).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/first-year-import-preview-1024.png` });
  await page.setViewportSize({ width: 1360, height: 860 });
  await dialog.getByLabel('只看略去、未归入和按说明补全的').check();
  await expect(dialog.getByTestId('import-rows').locator('tbody tr')).toHaveCount(0);
  await expect(dialog.getByText('没有略去、未归入或按说明补全的段落')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/first-year-import-preview-1360.png` });
  await ui.click(dialog.getByRole('button', { name: '创建计划' }));
  const reloaded = page.waitForEvent('load');
  await ui.click(dialog.getByRole('button', { name: '打开导入的计划' }));
  await reloaded;
  await expect(page.getByTestId('plan-title').getByRole('button')).toHaveAttribute('title', new RegExp(target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(page.getByRole('tree', { name: '计划大纲' }).getByRole('treeitem').first()).toBeVisible();

  // 2. made next year's on opening: the reviewed list of year changes, confirmed at once
  const roll = page.getByRole('dialog', { name: '改为下一年度' });
  await expect(roll.getByRole('button', { name: /应用所选 \d+ 处/ })).toBeEnabled({ timeout: 30_000 });
  await page.screenshot({ path: `${SHOTS}/first-year-roll-forward-1360.png` });
  await ui.click(roll.getByRole('button', { name: /应用所选 \d+ 处/ }));
  await expect(roll).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('plan-title')).toContainText('2025年行动计划');

  // the drafting unit (the 起草说明 follows at once, no reload)
  await ui.click(page.getByTestId('plan-title').getByRole('button'));
  await ui.type(page.getByLabel('起草单位'), '北京市怀柔区生态环境局');
  await ui.click(page.getByRole('button', { name: '确定' }));
  await ui.click(page.getByRole('tab', { name: '起草说明' }));
  const ex = page.getByRole('region', { name: '起草说明编辑' });
  await expect(ex).toContainText('2025', { timeout: 30_000 });
  await expect(ex).toContainText('北京市怀柔区生态环境局组织相关科室');

  // 3. the round to four units, written next to the plan
  await ui.click(page.getByRole('tab', { name: '征求意见' }));
  await ui.click(page.getByRole('button', { name: '发出新一轮…' }));
  const form = page.getByRole('form', { name: '发出征求意见' });
  await ui.type(form.getByLabel('轮次名称'), '第一轮');
  for (const unit of ['区交通局', '区城市管理委', '雁栖镇', '区水务局']) await ui.check(form.getByLabel(unit, { exact: true }));
  const roundDir = path.join(dir, '征求意见');
  fs.mkdirSync(roundDir);
  await ui.folder(form.getByLabel('材料保存到文件夹'), roundDir);
  await ui.click(form.getByRole('button', { name: '发出', exact: true }));
  const written = page.getByRole('status', { name: '已写出的文件' }).getByTestId('written-path');
  await expect(written).toHaveCount(9, { timeout: 60_000 });
  const draftFile = (await written.allTextContents()).find((f) => f.includes('征求意见稿'))!;
  const draft = fs.readFileSync(draftFile);
  // the measures as the 征求意见稿 anchors them (the open plan file is locked by the app)
  const anchored = [...strFromU8(unzipSync(new Uint8Array(draft))['word/document.xml']).matchAll(/w:name="qc_m_(\d+)"/g)].map((m) => Number(m[1]));
  const commented = { id: anchored[Math.floor(anchored.length / 2)] };

  // the four units answer: a Word comment, a LibreOffice deletion, an Excel form, a 无意见 letter
  const back = path.join(dir, '反馈');
  fs.mkdirSync(back);
  const files = {
    word: path.join(back, '区交通局反馈意见.docx'),
    lo: path.join(back, '区城市管理委-修改稿.docx'),
    excel: path.join(back, '意见反馈表.xlsx'),
    letter: path.join(back, '复函.docx'),
  };
  fs.writeFileSync(files.word, reviewDraft(draft, { comment: { measureId: commented.id, author: '区交通局 陈晨', text: '建议明确完成时限和考核数量。' } }));
  fs.writeFileSync(files.lo, libreOfficeReturn(draft, { within: '噪声等污染防治', text: '，倡导绿色生活方式', author: '区城市管理委' }));
  fs.writeFileSync(files.excel, await excelForm([['1', '建议增加加油站油气回收检查频次。', '一、（一）', '根据上级要求', '']], '雁栖镇'));
  fs.writeFileSync(files.letter, await noObjectionLetter());

  // 4. one intake of the four files
  await ui.click(page.getByRole('button', { name: '导入反馈…' }));
  const intake = page.getByRole('dialog', { name: '导入反馈文件' });
  await ui.files(intake.getByLabel('返回的文件'), Object.values(files));
  await expect(intake.getByRole('button', { name: '全部导入（4 个文件）' }))
    .toBeEnabled({ timeout: 60_000 })
    .catch(async (e: unknown) => {
      console.log(await intake.innerText());
      throw e;
    });
  await ui.click(intake.getByRole('button', { name: '全部导入（4 个文件）' }));
  await expect(intake.locator('tbody tr[data-state="done"]')).toHaveCount(4, { timeout: 60_000 });
  await ui.click(intake.getByRole('button', { name: '完成' }));

  // 5. resolve beside the text; the commented measure is edited in place, the card stays open
  await ui.click(page.getByRole('button', { name: '审阅意见' }));
  const review = page.getByRole('region', { name: '意见审阅' });
  const card = (text: string) => review.locator('[data-testid="review-comment"]', { hasText: text });

  const timing = card('建议明确完成时限');
  await ui.click(timing.getByRole('button', { name: /建议明确完成时限/ }));
  const row = review.locator(`[data-node-id="${commented.id}"]`);
  const scrolled = await review.locator('.rv-body').evaluate((e) => e.scrollTop);
  await ui.click(row.getByRole('button', { name: '编辑此条' }));
  const inPlace = row.getByRole('group', { name: '就地编辑措施' });
  await expect(inPlace).toBeVisible();
  // opened from 区交通局's card: 此修改回应该意见 is ticked already, and links at the first change (no extra click)
  const responds = inPlace.getByRole('group', { name: '此修改回应的意见' }).getByLabel(/此修改回应该意见（区交通局/);
  await expect(responds).toBeChecked();
  await expect(timing.getByTestId('review-linked')).toHaveCount(0);
  const text = inPlace.getByTestId('measure-text');
  await ui.click(text);
  // content editing: to the end, drop the full stop, add the deadline the unit asked for
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText('，2025年10月底前完成。');
  await ui.press(text, 'Enter');
  await expect(row.locator('.field-title')).toContainText('2025年10月底前完成', { timeout: 10_000 });
  await expect(review).toBeVisible(); // still in the review: no switch to 计划内容
  expect(Math.abs((await review.locator('.rv-body').evaluate((e) => e.scrollTop)) - scrolled)).toBeLessThan(200);
  await expect(timing.getByLabel('理由或修改情况')).toBeVisible(); // the card is still open
  // the change is linked to the comment, and the card says so
  await expect(inPlace.getByRole('group', { name: '此修改回应的意见' })).toContainText('已关联');
  await expect(timing.getByTestId('review-linked')).toContainText('已据此修改：');
  await expect(timing.getByTestId('review-linked')).toContainText('修改对照表注明此意见');
  // ... and the editor's own 回应的意见 field lists it (not the list it read on opening)
  await expect(inPlace.getByRole('button', { name: '取消关联区交通局的意见' })).toBeVisible();
  await page.setViewportSize({ width: 1024, height: 700 });
  await inPlace.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/first-year-edit-in-place-1024.png` });
  await page.setViewportSize({ width: 1360, height: 860 });
  await inPlace.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/first-year-edit-in-place-1360.png` });
  // the card saying 已据此修改, beside the box that linked it (below the sticky column heads)
  for (const size of [
    { width: 1360, height: 860 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await timing.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${SHOTS}/first-year-linked-card-${size.width}.png` });
  }
  await page.setViewportSize({ width: 1360, height: 860 });
  await ui.type(timing.getByLabel('理由或修改情况'), '已采纳，明确2025年10月底前完成。');
  await ui.click(timing.getByRole('button', { name: '采纳', exact: true }));
  await expect(timing.getByTestId('review-status')).toHaveText('采纳');
  await ui.click(row.getByRole('button', { name: '完成编辑' }));

  const deletion = card('倡导绿色生活方式');
  await ui.click(deletion.getByRole('button', { name: /删除/ }));
  await ui.click(deletion.getByRole('button', { name: '接受修订' }));
  await expect(deletion.getByTestId('review-status')).toHaveText('采纳');

  const gas = card('油气回收');
  await ui.click(gas.getByRole('button', { name: /油气回收/ }));
  await ui.type(gas.getByLabel('理由或修改情况'), '已在第一部分（一）中体现。');
  await ui.click(gas.getByRole('button', { name: '不采纳', exact: true }));
  await expect(gas.getByTestId('review-status')).toHaveText('不采纳');
  await expect(page.getByText('有待处理意见（')).toHaveCount(0);

  // 6. 导出报审材料: the whole set in one action
  const pkg = path.join(dir, '报审材料');
  fs.mkdirSync(pkg);
  await ui.click(page.getByRole('button', { name: '导出报审材料…' }));
  const pd = page.getByRole('dialog', { name: '导出报审材料' });
  await ui.folder(pd.getByLabel('保存到文件夹'), pkg);
  await ui.click(pd.getByRole('button', { name: '导出', exact: true }));
  const sent = pd.getByRole('status', { name: '已写出的文件' }).getByTestId('written-path');
  await expect(sent).toHaveCount(5, { timeout: 120_000 });
  for (const size of [
    { width: 1360, height: 860 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/first-year-package-${size.width}.png` });
  }
  await ui.press(pd, 'Escape');

  const names = fs.readdirSync(pkg);
  const file = (part: string) =>
    path.join(
      pkg,
      names.find((n) => n.includes(part))!,
    );
  expect(names.some((n) => n.includes('（报审稿）'))).toBe(true);
  const report = docxText(file('报审稿'));
  expect(report.slice(0, 300).replace(/\s/g, '')).toMatch(/2025年行动计划.*（报审稿）/);
  // no stale year: no deadline of last year left (base years like 较2020年 stay; "2024年度GEP-R核算" is last year's data, rightly)
  expect(report).not.toMatch(/2024年(\d{1,2}月)?(底|前|年底)/);
  expect(report).toMatch(/2025年底前/);
  expect(report).toContain('2025年10月底前完成');
  expect(report).not.toContain('噪声等污染防治，倡导绿色生活方式');
  expect(report).toContain('噪声等污染防治。');
  // indicators survived the Word round trip: the 主要目标 still names them
  expect(report).toMatch(/PM2\.5/);
  const explanation = docxText(file('起草说明'));
  expect(explanation).toContain('2025');
  // the opening names the drafting unit set in the window (not the 我单位 placeholder) ...
  expect(explanation).toContain('北京市怀柔区生态环境局组织相关科室');
  // ... and the consultation paragraph is there by default once a round was sent
  expect(explanation).toMatch(/于\d{4}年\d{1,2}月\d{1,2}日征求了4个相关单位的意见/);
  const adoption = docxText(file('意见采纳情况表'));
  expect(adoption).toContain('建议明确完成时限和考核数量');
  expect(adoption).toContain('不采纳');
  const comparison = docxText(file('修改对照表'));
  // the edited measure's row cites the comment it answers (linked in place, then adopted)
  const editedRow = docxRows(file('修改对照表')).find((l) => l.includes('2025年10月底前完成'));
  console.log(`修改对照表中就地修改的一行：${editedRow}`);
  expect(editedRow).toMatch(/根据区交通局意见/);
  expect(names.some((n) => n.includes('任务分工表'))).toBe(true);

  console.log(`第一年全流程（导入Word计划→改为下一年度→起草单位→征求四个单位→一次导入四个反馈→处理意见（就地修改）→导出报审材料）：点击与按键 ${ui.steps} 次（不含输入内容）`);
});
