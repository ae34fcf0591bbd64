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
