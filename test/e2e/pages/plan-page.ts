// Page model of the main window (outline, toolbar, counts).
import { expect, type Locator, type Page } from '@playwright/test';

export class PlanPage {
  readonly tree: Locator;
  readonly total: Locator;

  constructor(readonly page: Page) {
    this.tree = page.getByRole('tree', { name: '计划大纲' });
    this.total = page.getByTestId('total-sentence');
  }

  async waitLoaded() {
    await expect(this.tree.getByRole('treeitem').first()).toBeVisible();
  }

  item(title: string | RegExp): Locator {
    return this.tree.getByRole('treeitem', { name: title });
  }

  itemsAtLevel(level: number): Locator {
    return this.tree.locator(`[role="treeitem"][aria-level="${level}"]`);
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** Issues the plan through 印发… as 怀政办发〔2024〕3号 of 2024年2月28日, and waits for the year mode. */
  async issuePlan() {
    await this.button('印发…').click();
    const issue = this.page.getByRole('dialog', { name: '印发计划' });
    await issue.getByLabel('文号').fill('怀政办发〔2024〕3号');
    const date = issue.getByLabel('印发日期', { exact: true });
    await date.fill('2024年2月28日');
    await date.press('Enter');
    await issue.getByRole('button', { name: '印发', exact: true }).click();
    await expect(this.page.getByTestId('year-mode')).toHaveText('已印发 怀政办发〔2024〕3号');
  }

  /** Opens the 文件 menu and returns one of its entries. */
  async fileMenuItem(name: string): Promise<Locator> {
    await this.button('文件').click();
    return this.page.getByRole('menuitem', { name, exact: true });
  }

  partSentences(): Locator {
    return this.page.locator('[data-testid^="part-sentence-"]');
  }

  async screenshot(name: string) {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png` });
  }
}
