// A failure inside the window never leaves it blank: a render error shows the crash screen (in
// Chinese, with 重新加载 and 返回继续工作), and a failure nobody caught shows a bar the drafter can
// close and keep working under.
import { test, expect } from './fixtures.ts';

test('a failure nobody caught shows a Chinese bar; closing it leaves the plan usable', async ({ planPage, page }) => {
  await page.evaluate(() => {
    void Promise.reject(new Error('计划文件正被另一个程序使用，请关闭它后再试。'));
  });
  const bar = page.getByTestId('unhandled-error');
  await expect(bar).toBeVisible();
  await expect(bar).toContainText('操作没有完成：计划文件正被另一个程序使用，请关闭它后再试。');
  await expect(bar).toContainText('可以关闭这条提示继续工作');

  // a bug's own (English) text is not shown as the message, only as the detail
  await page.evaluate(() => {
    void Promise.reject(new TypeError("Cannot read properties of undefined (reading 'title')"));
  });
  await expect(bar).toContainText('程序出现了意外错误。');
  await expect(bar).toContainText("Cannot read properties of undefined (reading 'title')");
  await planPage.screenshot('unhandled-error-bar');

  await bar.getByRole('button', { name: '关闭' }).click();
  await expect(bar).toBeHidden();
  await expect(planPage.tree.getByRole('treeitem').first()).toBeVisible();
});

test('a render error shows the crash screen, not a blank window; 重新加载 brings the plan back', async ({ served, page }) => {
  // the host answers the outline with something the UI cannot draw (a broken reply)
  await page.route('**/api/plan.outline', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value: [null] }) }));
  await page.goto(served.url);
  const crash = page.getByTestId('crash-screen');
  await expect(crash).toBeVisible();
  await expect(crash.getByRole('heading', { name: '界面出错了' })).toBeVisible();
  await expect(crash).toContainText('已经保存的内容都在计划文件里');
  await expect(crash.getByRole('button', { name: '返回继续工作' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/crash-screen.png' });

  await page.unroute('**/api/plan.outline');
  await crash.getByRole('button', { name: '重新加载' }).click();
  await expect(page.getByRole('tree', { name: '计划大纲' }).getByRole('treeitem').first()).toBeVisible();
  await expect(crash).toBeHidden();
});
