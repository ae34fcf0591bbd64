import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Tests never write into the real app data folder (backups, the sample, recent files), and leave
// nothing in the temp directory: everything they (and the programs they start) put there goes into
// one folder for the run, removed at its end (test/helpers/temp-root.ts); tempDir() folders go
// already after each test file (test/helpers/temp-cleanup.ts).
const runRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'qicao-test-run-'));
process.env.QICAO_TEST_RUN_ROOT = runRoot;
const dataHome = fs.mkdtempSync(path.join(runRoot, 'qicao-data-'));

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // generous for a loaded 2-core machine, where one CLI spawn can take seconds; a timeout
    // is not what a test checks, so this hides no failure
    testTimeout: 90_000,
    hookTimeout: 120_000,
    slowTestThreshold: 2_000,
    pool: 'forks',
    env: { XDG_DATA_HOME: dataHome, TMPDIR: runRoot },
    globalSetup: ['test/helpers/temp-root.ts'],
    setupFiles: ['test/helpers/temp-cleanup.ts'],
  },
});
