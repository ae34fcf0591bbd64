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
