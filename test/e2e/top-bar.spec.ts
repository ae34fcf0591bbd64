// The top bar at the narrowest supported window (1024×700) and a common one (1360×860), for a
// plan being drafted and for an issued plan in the middle of an adjustment: no button breaks
// onto a second line, nothing runs past the bar, the plan's title stays visible (whole in its
// tooltip), and every action is either in the bar or in 更多…, which works from the keyboard.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1360, height: 860 },
];

/** What the bar offers in each state (bar buttons and 更多… entries together). */
const DRAFTING = ['文件', '撤销', '重做', '搜索', '导入…', '导出…', '导出报审材料…', '替换…', '改为下一年度…', '印发…'];
const ADJUSTING = ['文件', '撤销', '重做', '搜索', '导入…', '导出…', '导出报审材料…', '替换…', '改为下一年度…', '结束调整'];

interface BarLayout {
  overrun: number;
  /** visible buttons whose label takes more than one line */
  wrapped: string[];
  titleWidth: number;
  visible: string[];
  /** pairs of things in the bar drawn over each other (e.g. the 示例 badge under 撤销) */
  overlaps: string[];
}

async function layout(page: Page): Promise<BarLayout> {
  // the bar settles one animation frame after a change
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(() => {
    const bar = document.querySelector<HTMLElement>('header.topbar')!;
    const right = bar.getBoundingClientRect().right;
    const buttons = [...bar.querySelectorAll<HTMLButtonElement>('button')].filter((b) => b.getClientRects().length > 0 && !b.closest('[role="menu"], [role="dialog"]'));
    const lines = (b: HTMLElement) => {
      const range = document.createRange();
      range.selectNodeContents(b);
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
    };
    const name = (b: HTMLElement) => (b.getAttribute('aria-label') || b.textContent || '').trim();
    const boxes = [...bar.querySelectorAll<HTMLElement>('button, .badge, .year-mode, .year-adjusting, .save-status, .brand')].filter(
      (e) => e.getClientRects().length > 0 && !e.closest('[role="menu"], [role="dialog"]'),
    );
    const overlaps: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        if (a.contains(b) || b.contains(a)) return;
        const r = a.getBoundingClientRect();
        const s = b.getBoundingClientRect();
        const w = Math.min(r.right, s.right) - Math.max(r.left, s.left);
        const h = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
        if (w > 1 && h > 1) overlaps.push(`${name(a)} / ${name(b)}`);
      }),
    );
    return {
      overlaps,
      overrun: Math.max(
        bar.scrollWidth - bar.clientWidth,
        ...[...bar.querySelectorAll('*')].filter((e) => !e.closest('[role="menu"], .modal-backdrop')).map((e) => e.getBoundingClientRect().right - right),
      ),
      wrapped: buttons.filter((b) => lines(b) > 1).map(name),
      titleWidth: bar.querySelector('.title-text')!.getBoundingClientRect().width,
      visible: buttons.map(name),
    };
  });
}

/** Everything the bar offers: its visible buttons and, if shown, the entries of 更多…. */
async function reachable(page: Page, l: BarLayout): Promise<string[]> {
  const more = page.getByRole('banner').getByRole('button', { name: '更多…' });
  if (!(await more.isVisible())) return l.visible;
  await more.click();
  const entries = await page.getByRole('menu', { name: '更多' }).getByRole('menuitem').allTextContents();
  await page.keyboard.press('Escape');
  return [...l.visible, ...entries.map((e) => e.trim())];
}

async function checkBar(page: Page, shot: string, expected: string[]) {
  const title = page.getByTestId('plan-title').getByRole('button');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    const l = await layout(page);
    expect(l.wrapped, `${size.width}: buttons on two lines`).toEqual([]);
    expect(l.overlaps, `${size.width}: drawn over each other`).toEqual([]);
    expect(l.overrun, `${size.width}: the bar runs over by`).toBeLessThanOrEqual(1);
    expect(l.titleWidth, `${size.width}: the title's visible width`).toBeGreaterThan(120);
    await expect(title).toBeVisible();
    await expect(title).toHaveAttribute('title', /污染防治攻坚战2024年行动计划/);
    for (const name of expected) expect(await reachable(page, l), `${size.width}: ${name}`).toContain(name);
    await page.screenshot({ path: `test-results/screenshots/${shot}-${size.width}.png`, clip: { x: 0, y: 0, width: size.width, height: 120 } });
  }
}

test('the top bar fits at 1024×700 and 1360×860, drafting and during an adjustment', async ({ planPage: p, page }) => {
  await checkBar(page, 'top-bar-drafting', DRAFTING);

  // issue it and open an adjustment with a long reason
  await page.setViewportSize(SIZES[1]);
  await p.issuePlan();
  await page.getByRole('button', { name: '开始调整…' }).click();
  const adjust = page.getByRole('dialog', { name: '开始调整' });
  await adjust.getByLabel('调整原因').fill('根据区政府常务会议意见，增加扬尘治理和建筑工地监测措施');
  await adjust.getByRole('button', { name: '开始调整' }).click();
  await expect(page.getByTestId('year-adjusting')).toContainText('调整中');

  await checkBar(page, 'top-bar-adjusting', ADJUSTING);
});

test('更多… works from the keyboard and its entries do what the bar buttons do', async ({ planPage: p, page }) => {
  await page.setViewportSize(SIZES[0]);
  const more = page.getByRole('banner').getByRole('button', { name: '更多…' });
  await expect(more).toBeVisible();
  await more.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: '更多' });
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  // the rarely used 导出报审材料… is in the menu, not in the bar
  await expect(page.getByRole('banner').getByRole('button', { name: '导出报审材料…' })).toBeHidden();
  // to it with the arrow keys, then Enter: its dialog opens over the window
  const names = (await menu.getByRole('menuitem').allTextContents()).map((n) => n.trim());
  const steps = names.indexOf('导出报审材料…');
  expect(steps).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: '导出报审材料…' })).toBeFocused();
  await page.screenshot({ path: 'test-results/screenshots/top-bar-more-menu-1024.png' });
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  const dialog = page.getByRole('dialog', { name: '导出报审材料' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // Escape closes the menu and gives the focus back to 更多…
  await more.press('Enter');
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(more).toBeFocused();

  // widened, the bar has room again: 更多… goes and the buttons are back
  await page.setViewportSize({ width: 1900, height: 900 });
  await expect(more).toBeHidden();
  await expect(p.button('导出报审材料…')).toBeVisible();
});
