// Counts what a drafter does with the mouse and the keys outside typing content: clicks, key
// presses (Enter, Escape), ticks, choices in lists and files picked. Typing text (a name, a
// reason) is content and is not counted; typing a folder path stands for one folder choice.
import type { Locator, Page } from '@playwright/test';

export class StepCounter {
  steps = 0;
  constructor(readonly page: Page) {}

  async click(l: Locator) {
    this.steps++;
    await l.click();
  }
  async check(l: Locator) {
    this.steps++;
    await l.check();
  }
  async press(l: Locator, key: string) {
    this.steps++;
    await l.press(key);
  }
  async select(l: Locator, value: string) {
    this.steps++;
    await l.selectOption(value);
  }
  async files(l: Locator, paths: string[]) {
    this.steps++;
    await l.setInputFiles(paths);
  }
  /** A folder typed or chosen: one step whatever its length. */
  async folder(l: Locator, dir: string) {
    this.steps++;
    await l.fill(dir);
  }
  /** Content the drafter writes (not counted). */
  async type(l: Locator, text: string) {
    await l.fill(text);
  }
}
