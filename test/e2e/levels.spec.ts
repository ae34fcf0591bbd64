// A three-level plan in the window: （一） key tasks and 1. measures in the outline, count
// sentences without 方面, text sections numbered among the parts and edited as title + text.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { PlanSpec } from '../../core/model/plan-spec.ts';
import { fillPlan } from '../../core/store/fill-plan.ts';
import { createPlanFile } from '../../core/store/open.ts';
import { threeLevelPlan } from '../fixtures/three-level-plan.ts';
import { PlanPage } from './pages/plan-page.ts';

const QICAO = path.resolve('bin/qicao.js');

const test = base.extend<{ file: string; planPage: PlanPage }>({
  file: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qicao-e2e-levels-'));
    const file = path.join(dir, '三级计划.qicao');
    createPlanFile(file, (db) => fillPlan(db, PlanSpec.parse(threeLevelPlan))).close();
    await use(file);
  },
  planPage: async ({ page, file }, use) => {
    const env = { ...process.env, XDG_DATA_HOME: path.join(path.dirname(file), 'data') };
    const child: ChildProcess = spawn(process.execPath, [QICAO, 'serve', file, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d) => {
        out += d;
        const m = out.match(/http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/);
        if (m) resolve(m[0]);
      });
      child.stderr!.on('data', (d) => (out += d));
      child.on('exit', (code) => reject(new Error(`qicao serve exited ${code}: ${out}`)));
    });
    const p = new PlanPage(page);
    await page.goto(url);
    await p.waitLoaded();
    await use(p);
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  },
});

test('a three-level plan: （一） key tasks, 1. measures, sentences without 方面, an editable text section', async ({ planPage: p, page }) => {
  const top = p.itemsAtLevel(1);
  await expect(top.locator('.num')).toHaveText(['一、', '二、', '三、', '四、']);
  await expect(top.locator('.title')).toHaveText(['总体要求', '持续深入打好蓝天保卫战', '持续深入打好碧水保卫战', '保障措施']);
  await expect(p.total).toContainText('2个部分，共计5项重点任务、9项具体措施。');
  await expect(p.partSentences().first()).toContainText('本部分内容包括2项重点任务，5项具体措施。');
  await expect(page.getByRole('button', { name: '添加方面', exact: true })).toHaveCount(0);

  // the part opens onto its key tasks, numbered （一）; a key task onto its measures, numbered 1.
  await p.item(/持续深入打好蓝天保卫战/).click();
  const task = p.item(/强化扬尘污染管控/);
  await expect(task).toHaveAttribute('aria-level', '2');
  await expect(task.locator('.num')).toHaveText('（一）');
  await task.click();
  await page.keyboard.press('ArrowRight');
  const measure = p.item(/严格落实施工工地/);
  await expect(measure).toHaveAttribute('aria-level', '3');
  await expect(measure.locator('.num')).toHaveText('1.');
  await measure.click();
  await expect(page.locator('.node-editor .detail-number')).toHaveText('二、（一）1.');

  // adding a measure under the key task moves the part's sentence and the total
  await task.click();
  await p.button('添加具体措施').click();
  await page.getByRole('textbox', { name: '新具体措施的内容' }).focus();
  await page.keyboard.insertText('建成区裸露地面全部落实覆盖或绿化措施。');
  await page.keyboard.press('Enter');
  await expect(p.partSentences().first()).toContainText('本部分内容包括2项重点任务，6项具体措施。');
  await expect(p.total).toContainText('共计5项重点任务、10项具体措施。');
  await expect(p.item(/裸露地面/).locator('.num')).toHaveText('3.');

  // a text section: title and text, no count beside it, saved as typed
  const section = p.item(/保障措施/);
  await section.click();
  await expect(section.locator('.child-count')).toHaveCount(0);
  await expect(page.locator('.node-editor .detail-kind')).toContainText('文字章节');
  const text = page.getByRole('textbox', { name: '章节正文' });
  await expect(text).toContainText('区生态环境局负责统筹调度');
  await text.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('各街道每月25日前报送工作进展。');
  await p.item(/总体要求/).click(); // leaving the field saves it
  await expect(page.locator('.node-editor .detail-number')).toHaveText('一、');
  await page.screenshot({ path: 'test-results/screenshots/levels-three-level.png' });
  await page.reload();
  await p.waitLoaded();
  await p.item(/保障措施/).click();
  await expect(page.getByRole('textbox', { name: '章节正文' })).toContainText('各街道每月25日前报送工作进展。');
  await expect(p.total).toContainText('10项具体措施');

  // the plan's own level names: the sentences, the add buttons and the labels follow them
  await p.button('层级…').click();
  const dialog = page.getByRole('dialog', { name: '层级设置' });
  await expect(dialog.getByRole('checkbox')).toBeDisabled();
  await dialog.getByRole('textbox', { name: '任务一级名称' }).fill('主要任务');
  await dialog.getByRole('textbox', { name: '措施一级名称' }).fill('工作措施');
  await page.screenshot({ path: 'test-results/screenshots/levels-dialog.png' });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(p.partSentences().first()).toContainText('本部分内容包括2项主要任务，6项工作措施。');
  await expect(p.total).toContainText('共计5项主要任务、10项工作措施。');
  await expect(p.button('添加工作措施')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/levels-named.png' });
});
