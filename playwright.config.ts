import { defineConfig } from '@playwright/test';

// Debian's chromium (Playwright's own browser download is not reachable here), driving the
// local HTTP host that `qicao serve` starts for each test.
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  // room for a loaded 2-core machine: Playwright's 5 s default for an expectation times out
  // on a busy machine while the window is only slow
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    locale: 'zh-CN',
    viewport: { width: 1360, height: 860 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
});
