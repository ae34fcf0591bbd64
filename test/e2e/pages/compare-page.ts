// Page model of the 稿件 panel and the 比较稿件 view it opens.
import { expect, type Locator, type Page } from '@playwright/test';

export class ComparePage {
  readonly view: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByRole('region', { name: '比较稿件' });
    this.rows = this.view.getByTestId('compare-row');
  }

  async openDraftsPanel() {
    await this.page.getByRole('tab', { name: '稿件' }).click();
    await expect(this.page.getByRole('region', { name: '稿件' })).toBeVisible();
  }

  async takeDraft(name: string) {
    await this.page.getByLabel('把当前稿保存为').fill(name);
    await this.page.getByRole('button', { name: '保存当前稿' }).click();
    await expect(this.page.getByRole('region', { name: '稿件' }).getByRole('status')).toContainText(`已保存稿件“${name}”`);
  }

  async openCompare() {
    await this.page.getByRole('button', { name: '比较稿件…' }).click();
    await expect(this.view).toBeVisible();
  }

  /** Picks drafts by name (the options also show the time they were saved). */
  async choose(from: string, to: string) {
    for (const [label, name] of [
      ['较早稿', from],
      ['较新稿', to],
    ]) {
      const select = this.view.getByLabel(label, { exact: true });
      const value = await select
        .locator('option', { hasText: `${name}（` })
        .first()
        .getAttribute('value');
      await select.selectOption(value!);
    }
  }

  rowsInState(state: string): Locator {
    return this.view.locator(`[data-testid="compare-row"][data-state="${state}"]`);
  }

  async screenshot(name: string) {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png` });
  }
}
