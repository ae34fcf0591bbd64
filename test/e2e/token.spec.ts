import { expect, test } from './fixtures.ts';

// The launch token arrives in the address fragment; the page takes it out of the address bar at
// once, never keeps it in a cookie, and still works after a reload (kept in this tab only).
test('the token leaves the address bar and history, is never a cookie, and a reload still works', async ({ planPage: p, page, context }) => {
  await expect(page.getByTestId('plan-title')).toContainText('示例');
  expect(page.url()).not.toContain('token');
  expect(await context.cookies()).toEqual([]);
  // the entry that held the token was replaced: back goes to the page before, forward to no token
  await page.goBack();
  expect(page.url()).toBe('about:blank');
  await page.goForward();
  expect(page.url()).not.toContain('token');
  await page.reload();
  await p.waitLoaded();
  await expect(p.total).toContainText('205项具体措施');
  expect(page.url()).not.toContain('token');
  await page.screenshot({ path: 'test-results/token-after-reload.png' });
});

// The address's token opens one page, once: the page trades it for a session token at load, so a
// copy kept in the browser's history database (or opened in a second tab) gets nothing.
test('a second use of the address token is refused, in Chinese; the first tab keeps working', async ({ planPage: p, page, context, served }) => {
  await expect(p.total).toContainText('205项具体措施');
  const second = await context.newPage();
  await second.goto(served.url);
  await expect(second.getByText('这个地址中的访问令牌已经用过')).toBeVisible();
  await expect(second.getByText('205项具体措施')).toHaveCount(0);
  const launch = /#token=([\w-]+)/.exec(served.url)![1];
  const status = await second.evaluate(
    async (t) => (await fetch('/api/plan.counts', { method: 'POST', headers: { 'content-type': 'application/json', 'x-qicao-token': t }, body: '{}' })).status,
    launch,
  );
  expect(status).toBe(401);
  await second.screenshot({ path: 'test-results/token-second-use.png' });
  // the first tab still has its session
  await page.reload();
  await p.waitLoaded();
  await expect(p.total).toContainText('205项具体措施');
});
