import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Everything the tests (and the hosts they start) put in the temp directory goes into one folder
// for the run, removed at its end (test/helpers/temp-root.ts). The workers load this file again
// and inherit the runner's environment, so the folder is made once.
if (!process.env.QICAO_TEST_RUN_ROOT) {
  process.env.QICAO_TEST_RUN_ROOT = fs.mkdtempSync(path.join(os.tmpdir(), 'qicao-test-run-'));
  process.env.TMPDIR = process.env.QICAO_TEST_RUN_ROOT;
}

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
  globalSetup: './test/helpers/temp-root.ts',
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
