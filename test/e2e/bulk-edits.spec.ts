// Issue 21: last year's plan made this year's through one reviewed list, find-and-replace with a
// preview of every hit (Ctrl+H), both one undo step; a new measure linked to the comment it
// answers, cited in the comparison. Screenshots at 1360×860 and 1024×700.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { call } from './pages/api.ts';

const shot = async (page: Page, name: string) => {
  for (const [w, h] of [
    [1360, 860],
    [1024, 700],
  ]) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `test-results/screenshots/${name}-${w}.png` });
  }
  await page.setViewportSize({ width: 1360, height: 860 });
};

test('改为下一年度: every moving year in one list, one row kept back, applied and undone as one step', async ({ planPage: p, page }) => {
  const title = page.getByTestId('plan-title');
  await expect(title).toContainText('2024年行动计划');
  await page.getByRole('button', { name: '改为下一年度…' }).click();
  const dialog = page.getByRole('dialog', { name: '改为下一年度' });
  await expect(dialog).toContainText('由 2024 年改为');
  const rows = dialog.getByTestId('edit-row');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThan(100);
  // baselines never appear: no row turns 较2020年 or 2023年 into something else
  await expect(dialog.locator('.edit-before', { hasText: '较2020年' })).toHaveCount(0);
  await expect(dialog.locator('.edit-before', { hasText: /^2023年/ })).toHaveCount(0);
  await expect(dialog.locator('.edit-after', { hasText: '2025年底前' }).first()).toBeVisible();
  // the drafter keeps one deadline as it was
  const kept = rows.filter({ hasText: '完成时限' }).first();
  const keptBefore = (await kept.locator('.edit-before').innerText()).trim();
  await kept.getByRole('checkbox').uncheck();
  await expect(dialog.getByRole('button', { name: `应用所选 ${count - 1} 处` })).toBeEnabled();
  await shot(page, 'roll-forward-list');
  await dialog.getByRole('button', { name: /应用所选/ }).click();
  await expect(dialog).toBeHidden();
  await expect(title).toContainText('2025年行动计划');
  const plan = await call<{ year: number; parts: { children: { children: { children: { deadline: string }[] }[] }[] }[] }>(page, 'plan.read', {});
  expect(plan.year).toBe(2025);
  const deadlines = plan.parts.flatMap((pt) => pt.children.flatMap((a) => a.children.flatMap((t) => t.children.map((m) => m.deadline))));
  expect(deadlines.filter((d) => d.includes('2024年'))).toEqual([keptBefore.replace(/…/g, '')].filter((d) => d.includes('2024年')));

  // 审校 flags the deadline left at 2024
  const check = await call<{ findings: { rule: string; field: string | null }[] }>(page, 'review.check', {});
  expect(check.findings.filter((f) => f.rule === 'stale-year' && f.field === 'deadline')).toHaveLength(1);

  // one 撤销 takes the whole roll-forward back
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(title).toContainText('2024年行动计划');
  expect((await call<{ year: number }>(page, 'plan.read', {})).year).toBe(2024);
});

test('查找替换 (Ctrl+H): every hit previewed with where and before → after, applied as one step', async ({ planPage: p, page }) => {
  await p.item(/^一、/).first().click();
  await page.keyboard.press('Control+h');
  const dialog = page.getByRole('dialog', { name: '查找替换' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('查找').fill('扬尘');
  await dialog.getByLabel('替换为').fill('尘土');
  await dialog.getByRole('button', { name: '预览' }).click();
  await expect(dialog.getByRole('status')).toContainText('找到');
  const rows = dialog.getByTestId('edit-row');
  const n = await rows.count();
  expect(n).toBeGreaterThan(3);
  await expect(rows.first().locator('.edit-after')).toContainText('尘土');
  await shot(page, 'find-replace-preview');
  await rows.first().getByRole('checkbox').uncheck();
  await dialog.getByRole('button', { name: `替换所选 ${n - 1} 处` }).click();
  await expect(dialog).toBeHidden();
  const after = await call<{ rows: unknown[] }>(page, 'text.findReplaceList', { find: '扬尘', replace: '尘土' });
  expect(after.rows).toHaveLength(1);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect.poll(async () => (await call<{ rows: unknown[] }>(page, 'text.findReplaceList', { find: '扬尘', replace: '尘土' })).rows.length).toBe(n);
});

test('a new measure linked to the comment it answers: cited in the comparison', async ({ planPage: p, page }) => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'qicao-e2e-round-'));
  await call(page, 'consult.sendRound', { name: '第一轮', sentDate: '2024-02-20', dueDate: '2024-03-01', units: ['雁栖镇'], outDir: out });
  const comment = await call<{ id: number }>(page, 'consult.addComment', { unit: '雁栖镇', text: '建议增加农村清洁取暖设备巡检的措施。' });
  const draft = await call<{ id: number }>(page, 'drafts.take', { name: '征求意见稿' });
  const plan = await call<{ parts: { children: { children: { id: number }[] }[] }[] }>(page, 'plan.read', {});
  const { id } = await call<{ id: number }>(page, 'node.add', { parentId: plan.parts[0].children[0].children[0].id, kind: 'measure', title: '开展农村清洁取暖设备巡检。' });
  await page.reload();
  await p.waitLoaded();
  // open the first key task in the outline, select the new measure, link the comment in its editor
  await p.itemsAtLevel(3).first().click();
  await page.keyboard.press('ArrowRight');
  await p.item(/开展农村清洁取暖设备巡检/).click();
  const links = page.getByTestId('comment-links');
  await expect(links).toBeVisible();
  await links.getByLabel('选择回应的意见').selectOption(String(comment.id));
  await expect(links).toContainText('雁栖镇：');
  await links.scrollIntoViewIfNeeded();
  await shot(page, 'measure-comment-link');
  const compared = await call<{ added: { id: number; comments: { unit: string }[] }[] }>(page, 'drafts.compare', { from: { snapshotId: draft.id }, to: { current: true } });
  expect(compared.added.find((e) => e.id === id)!.comments.map((c) => c.unit)).toEqual(['雁栖镇']);
  fs.rmSync(out, { recursive: true, force: true });
});
