// Page model of the editing parts of the window: the node editor, the 起草说明, the side panels.
import { expect, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import { PlanPage } from './plan-page.ts';

export class EditorPage extends PlanPage {
  readonly detail: Locator;
  readonly measureText: Locator;
  readonly explanation: Locator;

  constructor(page: Page) {
    super(page);
    this.detail = page.getByRole('region', { name: '节点详情' });
    this.measureText = page.getByRole('textbox', { name: '措施内容' });
    this.explanation = page.getByRole('textbox', { name: '起草说明正文' });
  }

  /** The number badge of a node's row: how many children it has. */
  childCount(id: number | string): Locator {
    return this.page.getByTestId(`child-count-${id}`);
  }

  async idOf(item: Locator): Promise<number> {
    return Number(await item.getAttribute('data-id'));
  }

  /** The titles of the rows at a level, in the order shown. */
  async titlesAt(level: number): Promise<string[]> {
    return this.itemsAtLevel(level).locator('.title').allInnerTexts();
  }

  view(name: '计划内容' | '起草说明'): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  panel(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  /** Waits until every edit has been written to the plan file (autosave waits 0.6 s for a pause). */
  async saved() {
    await this.page.waitForTimeout(700);
    await expect(this.page.getByRole('status').filter({ hasText: /已自动保存|正在保存|保存失败/ })).toHaveText('已自动保存');
  }

  /** Presses the keys and waits until the window has finished the undo or redo. */
  private async historyKey(keys: string) {
    const nav = this.page.getByRole('navigation', { name: '编辑' });
    const before = Number(await nav.getAttribute('data-history-steps'));
    await this.page.keyboard.press(keys);
    await expect(nav).toHaveAttribute('data-history-steps', String(before + 1));
  }

  async undo() {
    await this.historyKey('Control+z');
  }

  async redo() {
    await this.historyKey('Control+Shift+z');
  }

  /** A small picture of one region, for a person to look at: test-results/ is ignored, so a run never rewrites tracked files. */
  async regionShot(name: string, region: Locator) {
    fs.mkdirSync('test-results/screenshots', { recursive: true });
    // what is on screen of the region (a scrolling region is not unrolled to its full height)
    const box = await region.boundingBox();
    const view = this.page.viewportSize();
    if (!box || !view) throw new Error(`截图区域“${name}”不可见`);
    const clip = { x: box.x, y: Math.max(0, box.y), width: box.width, height: Math.min(box.height, view.height - Math.max(0, box.y)) };
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png`, clip, animations: 'disabled', caret: 'hide' });
  }
}
