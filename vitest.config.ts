import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Tests never write into the real app data folder (backups, the sample, recent files).
const dataHome = fs.mkdtempSync(path.join(os.tmpdir(), 'qicao-data-'));

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    env: { XDG_DATA_HOME: dataHome },
  },
});
